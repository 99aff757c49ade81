using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Model
{
    /// <summary>
    /// What the catalog's shared part needs: the keys in order, the pages and the content warnings. A change inside
    /// one publication leaves it equal, so the shared part is not written again.
    /// </summary>
    internal sealed record CatalogIndexModel(
        EquatableArray<string> Keys,
        EquatableArray<PageModel> Pages,
        EquatableArray<ContentDiagnosticModel> ContentDiagnostics)
    {
        public static CatalogIndexModel Of(CatalogModel catalog)
        {
            var keys = new string[catalog.Publications.Count];
            for (var i = 0; i < keys.Length; i++)
            {
                keys[i] = catalog.Publications[i].Key;
            }

            return new CatalogIndexModel(keys.ToEquatableArray(), catalog.Pages, catalog.ContentDiagnostics);
        }
    }
}
