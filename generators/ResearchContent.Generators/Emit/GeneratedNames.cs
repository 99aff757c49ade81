using System;
using System.Collections.Generic;
using System.Linq;
using ResearchContent.Generators.Model;
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

        public const string IndexOfMethod = "IndexOf";
        public const string GetMethod = "Get";
        public const string CreateMethod = "Create";
        public const string CreateAllMethod = "CreateAll";
        public const string CreatePagesMethod = "CreatePages";
        public const string CreateDiagnosticsMethod = "CreateDiagnostics";

        /// <summary>Decodes a slice of a UTF-8 literal; short, because it is written once per string.</summary>
        public const string DecodeMethod = "D";

        public const string PublicationsField = "s_publications";
        public const string AllField = "s_all";
        public const string PagesField = "s_pages";
        public const string DiagnosticsField = "s_diagnostics";

        /// <summary>The factory of the publication at an index: <c>Create0</c>, <c>Create1</c>, ….</summary>
        private const string FactoryPrefix = CreateMethod;

        private static readonly HashSet<string> Members = new(StringComparer.Ordinal)
        {
            CatalogClass, PublicationsProperty, PagesProperty, DiagnosticsProperty, TryGetMethod, IndexOfMethod, GetMethod,
            CreateMethod, CreateAllMethod, CreatePagesMethod, CreateDiagnosticsMethod, DecodeMethod,
            PublicationsField, AllField, PagesField, DiagnosticsField,

            // Members of object, which a static property of the same name would hide.
            nameof(Equals), nameof(ReferenceEquals), nameof(GetHashCode), nameof(GetType), nameof(ToString), "MemberwiseClone",
        };

        public const string CatalogHintName = CatalogClass + ".g.cs";

        public static string PublicationHintName(PublicationModel publication) => CatalogClass + "." + publication.PropertyName + ".g.cs";

        public static string Factory(int index) => FactoryPrefix + Invariant.Number(index);

        /// <summary>Whether a publication property of this name would collide with a member of the generated class.</summary>
        public static bool IsReserved(string propertyName) =>
            Members.Contains(propertyName)
            || (propertyName.Length > FactoryPrefix.Length && propertyName.StartsWith(FactoryPrefix, StringComparison.Ordinal)
                && propertyName.Substring(FactoryPrefix.Length).All(char.IsDigit));
    }
}
