using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Model
{
    /// <summary>An address in an entry (an <c>href</c> or an image's <c>src</c>), entities decoded, and its attribute.</summary>
    internal sealed record EntryLink(string Url, RelativeSpan Span);
}
