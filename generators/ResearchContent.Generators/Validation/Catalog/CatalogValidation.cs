using System.Collections.Generic;
using ResearchContent.Generators.Model;

namespace ResearchContent.Generators.Validation.Catalog
{
    /// <summary>What validation found: the diagnostics, which entries failed, and the key each labelled entry gets.</summary>
    internal sealed class CatalogValidation
    {
        private readonly Dictionary<int, string> _keys;

        public CatalogValidation(CatalogDiagnostics diagnostics, Dictionary<int, string> keys)
        {
            Diagnostics = diagnostics;
            _keys = keys;
        }

        public CatalogDiagnostics Diagnostics { get; }

        public string KeyOf(LocatedEntry entry) => _keys[entry.Index];
    }
}
