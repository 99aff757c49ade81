using ResearchContent.Generators.Primitives;
using ResearchContent.Storage;

namespace ResearchContent.Generators.Model
{
    /// <summary>
    /// What the catalog's shared part needs: the keys in order and the pages. A change inside one publication, or in
    /// a warning, leaves it equal, so the shared part is not written again.
    /// </summary>
    internal sealed record CatalogIndexModel(EquatableArray<string> Keys, EquatableArray<PageModel> Pages)
    {
        public int ChunkCount => (Keys.Count + StorageLayout.ChunkSize - 1) / StorageLayout.ChunkSize;

        public static CatalogIndexModel Of(CatalogModel catalog)
        {
            var keys = new string[catalog.Publications.Count];
            for (var i = 0; i < keys.Length; i++)
            {
                keys[i] = catalog.Publications[i].Key;
            }

            return new CatalogIndexModel(keys.ToEquatableArray(), catalog.Pages);
        }

        /// <summary>The catalog's publications in chunks of <see cref="StorageLayout.ChunkSize"/>.</summary>
        public static PublicationChunk[] Chunks(CatalogModel catalog)
        {
            var publications = catalog.Publications;
            var chunks = new PublicationChunk[(publications.Count + StorageLayout.ChunkSize - 1) / StorageLayout.ChunkSize];
            for (var i = 0; i < chunks.Length; i++)
            {
                var first = i * StorageLayout.ChunkSize;
                var members = new PublicationModel[System.Math.Min(StorageLayout.ChunkSize, publications.Count - first)];
                for (var j = 0; j < members.Length; j++)
                {
                    members[j] = publications[first + j];
                }

                chunks[i] = new PublicationChunk(i, first, members.ToEquatableArray());
            }

            return chunks;
        }
    }
}
