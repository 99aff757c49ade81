using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Model
{
    /// <summary>A key written by hand in an entry, as <c>&lt;!-- key: zhang2021selective --&gt;</c>.</summary>
    internal sealed record KeyComment(string Value, RelativeSpan Span);
}
