using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Model
{
    /// <summary>Where a source states one field, so that a disagreement between sources is shown at the field itself.</summary>
    /// <param name="Field">One of <see cref="SourcePublication"/>'s field names: <c>title</c>, <c>year</c>, <c>doi</c>, <c>venue</c>, <c>authors</c>.</param>
    /// <param name="Span">0-based lines and columns in the source file.</param>
    internal sealed record FieldLocation(string Field, RelativeSpan Span);
}
