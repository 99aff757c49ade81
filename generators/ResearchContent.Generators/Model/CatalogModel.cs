using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Model
{
    /// <summary>Everything the emitter needs, and nothing else.</summary>
    internal sealed record CatalogModel(
        EquatableArray<PageModel> Pages,
        EquatableArray<PublicationModel> Publications,
        EquatableArray<ContentDiagnosticModel> ContentDiagnostics)
    {
        public static readonly CatalogModel Empty = new(
            EquatableArray<PageModel>.Empty, EquatableArray<PublicationModel>.Empty, EquatableArray<ContentDiagnosticModel>.Empty);
    }
}
