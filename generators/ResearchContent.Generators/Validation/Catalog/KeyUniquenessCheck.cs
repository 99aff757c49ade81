using System;
using System.Collections.Generic;
using ResearchContent.Generators.Diagnostics;
using ResearchContent.Generators.Emit;
using ResearchContent.Generators.Keys;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Validation.Catalog
{
    /// <summary>
    /// RC1007 and RC1008 across the catalog: every publication's key is a valid key, its property does not hide a
    /// member of the generated class, and neither the key (ignoring case) nor the property is taken.
    /// </summary>
    internal sealed class KeyUniquenessCheck
    {
        private readonly Dictionary<string, (string Label, string Location)> _keys = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, (string Label, string Location)> _propertyNames = new(StringComparer.Ordinal);

        /// <summary>Checks the key of each labelled entry; returns the keys chosen, by entry index.</summary>
        public static Dictionary<int, string> Check(IReadOnlyList<PageEntries> pages, CatalogDiagnostics diagnostics)
        {
            var check = new KeyUniquenessCheck();
            var keys = new Dictionary<int, string>();
            foreach (var page in pages)
            {
                foreach (var located in page.Entries)
                {
                    if (located.Entry.Label is not null)
                    {
                        var (key, span) = PublicationKey.Choose(located.Page, located.Source, located.Entry);
                        keys[located.Index] = key;
                        check.Register(located, key, span, diagnostics);
                    }
                }
            }

            return keys;
        }

        private void Register(LocatedEntry located, string key, RelativeSpan span, CatalogDiagnostics diagnostics)
        {
            if (!KeyRules.IsValidKey(key))
            {
                diagnostics.Report(located, DiagnosticDescriptors.InvalidKey, span, key, KeyRules.NotAKeyReason);
                return;
            }

            var propertyName = KeyRules.PropertyName(key);
            if (GeneratedNames.IsReserved(propertyName))
            {
                diagnostics.Report(located, DiagnosticDescriptors.InvalidKey, span, key, "its property '" + propertyName + "' would hide a member of " + GeneratedNames.CatalogClass);
                return;
            }

            if (_keys.TryGetValue(key, out var other) || _propertyNames.TryGetValue(propertyName, out other))
            {
                diagnostics.Report(located, DiagnosticDescriptors.DuplicateKey, span, key, other.Label, other.Location);
                return;
            }

            var owner = (located.Entry.Label!, located.Page.RelativePath + "(" + Invariant.Number(span.StartLine + 1) + ")");
            _keys.Add(key, owner);
            _propertyNames.Add(propertyName, owner);
        }
    }
}
