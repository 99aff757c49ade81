using System;
using System.Collections.Generic;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Emit
{
    /// <summary>
    /// The names of what the generator writes: the catalog class, its members and its files. The emitters write
    /// them from here, and key validation reserves them from here, so a publication property can never hide one.
    /// </summary>
    internal static class GeneratedNames
    {
        public const string Namespace = "ResearchContent";
        public const string CatalogClass = "ResearchCatalog";

        public const string PublicationsProperty = "Publications";
        public const string PagesProperty = "Pages";
        public const string DiagnosticsProperty = "Diagnostics";
        public const string TryGetMethod = "TryGet";

        public const string GetMethod = "Get";
        public const string CreateMethod = "Create";
        public const string CreateAllMethod = "CreateAll";
        public const string CreatePagesMethod = "CreatePages";
        public const string CreateDiagnosticsMethod = "CreateDiagnostics";

        /// <summary>
        /// The nested class that holds the stored blocks and the switches that find them, so that they do not count
        /// against the catalog class's methods: the runtime loads no type with more than 65,535.
        /// </summary>
        public const string StoredDataClass = "StoredData";

        /// <summary>
        /// How many publications get a property of their own; the rest are found with <c>TryGet</c> (RC3003). The
        /// catalog class's other members stay far below the 65,535 methods a type may have.
        /// </summary>
        public const int PropertyLimit = 65_000;

        /// <summary>The root of the tree of switches that finds a block of publications.</summary>
        public const string BlockOfMethod = "BlockOf";
        public const string KeyTableProperty = "KeyTable";
        public const string PageDataProperty = "PageData";
        public const string DiagnosticDataProperty = "DiagnosticData";

        public const string PublicationsField = "s_publications";
        public const string AllField = "s_all";
        public const string PagesField = "s_pages";
        public const string DiagnosticsField = "s_diagnostics";

        /// <summary>The block of a chunk of publications: <c>Chunk0</c>, <c>Chunk1</c>, ….</summary>
        private const string ChunkPrefix = "Chunk";

        /// <summary>An inner switch of the tree that finds a block: <c>Blocks2From4096</c>.</summary>
        private const string BlocksPrefix = "Blocks";
        private const string BlocksInfix = "From";

        private static readonly HashSet<string> Members = new(StringComparer.Ordinal)
        {
            CatalogClass, PublicationsProperty, PagesProperty, DiagnosticsProperty, TryGetMethod, GetMethod,
            CreateMethod, CreateAllMethod, CreatePagesMethod, CreateDiagnosticsMethod, StoredDataClass,
            KeyTableProperty, PageDataProperty, DiagnosticDataProperty,
            PublicationsField, AllField, PagesField, DiagnosticsField,

            // Members of object, which a static property of the same name would hide.
            nameof(Equals), nameof(ReferenceEquals), nameof(GetHashCode), nameof(GetType), nameof(ToString), "MemberwiseClone",
        };

        public const string CatalogHintName = CatalogClass + ".g.cs";

        public const string DiagnosticsHintName = CatalogClass + "." + DiagnosticsProperty + ".g.cs";

        public static string ChunkHintName(int chunk) => CatalogClass + "." + Chunk(chunk) + ".g.cs";

        public static string Chunk(int chunk) => ChunkPrefix + Invariant.Number(chunk);

        public static string Blocks(int level, int firstChunk) => BlocksPrefix + Invariant.Number(level) + BlocksInfix + Invariant.Number(firstChunk);

        /// <summary>
        /// Whether a publication property of this name would collide with a member of the generated class. The blocks
        /// and the switches that find them (<c>Chunk12</c>, <c>BlockOf</c>, <c>Blocks1From64</c>) are members of the
        /// nested <see cref="StoredDataClass"/>, so no property can collide with them.
        /// </summary>
        public static bool IsReserved(string propertyName) => Members.Contains(propertyName);
    }
}
