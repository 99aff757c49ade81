using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Diagnostics
{
    /// <summary>A problem found while reading one entry, located relative to the entry.</summary>
    internal sealed record EntryDiagnostic(string Id, RelativeSpan Span, EquatableArray<string> Arguments);
}
