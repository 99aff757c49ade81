using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Model
{
    /// <summary>A page as the emitter writes it; its publications are indexes into the catalog's list.</summary>
    internal sealed record PageModel(
        string Path,
        string? Title,
        string? Permalink,
        string? Layout,
        EquatableArray<FrontMatterValue> FrontMatter,
        int FirstPublication,
        int PublicationCount)
    {
        /// <summary>The text above the first entry, such as <c>* indicates the corresponding author.</c></summary>
        public string? Introduction { get; init; }
    }
}
