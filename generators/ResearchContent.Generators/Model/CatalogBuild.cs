using ResearchContent.Generators.Diagnostics;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Model
{
    /// <summary>The checked catalog and every diagnostic found on the way; the two are output separately.</summary>
    internal sealed record CatalogBuild(CatalogModel Catalog, EquatableArray<DiagnosticInfo> Diagnostics);
}
