using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Model
{
    /// <summary>Where an entry holds a run of characters no one sees (<see cref="MisleadingCharacters"/>), and the first of them.</summary>
    internal sealed record MisleadingText(RelativeSpan Span, int CodePoint);
}
