using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Model
{
    /// <summary>A link in an entry's header after the citation (a PDF, code, news coverage): its text, address and <c>href</c>.</summary>
    internal sealed record HeaderLink(string Text, string Url, RelativeSpan Span);
}
