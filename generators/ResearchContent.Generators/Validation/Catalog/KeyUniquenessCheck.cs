using System;
using System.Collections.Generic;
using System.Linq;
using ResearchContent.Generators.Diagnostics;
using ResearchContent.Generators.Emit;
using ResearchContent.Generators.Keys;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Validation.Catalog
{
    /// <summary>
    /// Gives every labelled entry a key no other publication has, ignoring case, whose property hides no member of
    /// the generated class. A key set by hand must be such a key (RC1008, RC1007). A derived key that is taken is
    /// made unique with a letter (RC3002), in label order, so that adding a paper never changes an older paper's key.
    /// </summary>
    internal sealed class KeyUniquenessCheck
    {
        private readonly Dictionary<string, (string Label, string Location)> _keys = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, (string Label, string Location)> _propertyNames = new(StringComparer.Ordinal);
        private readonly Dictionary<int, string> _chosen = new();
        private readonly CatalogDiagnostics _diagnostics;

        private KeyUniquenessCheck(CatalogDiagnostics diagnostics) => _diagnostics = diagnostics;

        /// <summary>Checks the key of each labelled entry; returns the keys chosen, by entry index.</summary>
        public static Dictionary<int, string> Check(IReadOnlyList<PageEntries> pages, CatalogDiagnostics diagnostics)
        {
            var check = new KeyUniquenessCheck(diagnostics);
            var derived = new List<LocatedEntry>();
            foreach (var located in pages.SelectMany(page => page.Entries).Where(e => e.Entry.Label is not null))
            {
                if (PublicationKey.HandWritten(located.Page, located.Source, located.Entry) is { } handWritten)
                {
                    check.RegisterHandWritten(located, handWritten.Key, handWritten.Span);
                }
                else
                {
                    derived.Add(located);
                }
            }

            // Keys set by hand are taken first; derived keys then in the order the papers were numbered.
            foreach (var located in derived.OrderBy(e => e.Entry.Year).ThenBy(e => e.Entry.Number).ThenBy(e => e.Index))
            {
                check.RegisterDerived(located, located.Entry.DerivedKey ?? PublicationKey.Derived(located.Entry));
            }

            return check._chosen;
        }

        private void RegisterHandWritten(LocatedEntry located, string key, RelativeSpan span)
        {
            _chosen[located.Index] = key;
            if (!KeyRules.IsValidKey(key))
            {
                _diagnostics.Report(located, DiagnosticDescriptors.InvalidKey, span, key, KeyRules.ProblemOf(key));
                return;
            }

            var propertyName = KeyRules.PropertyName(key);
            if (GeneratedNames.IsReserved(propertyName))
            {
                _diagnostics.Report(located, DiagnosticDescriptors.InvalidKey, span, key, "its property '" + propertyName + "' would hide a member of " + GeneratedNames.CatalogClass);
                return;
            }

            if (Owner(key) is { } other)
            {
                _diagnostics.Report(located, DiagnosticDescriptors.DuplicateKey, span, key, other.Label, other.Location);
                return;
            }

            Take(located, key, span);
        }

        private void RegisterDerived(LocatedEntry located, string baseKey)
        {
            var span = located.OnPage(located.Entry.LabelSpan);
            var key = baseKey;
            for (var n = 1; Owner(key) is not null || GeneratedNames.IsReserved(KeyRules.PropertyName(key)); n++)
            {
                key = baseKey + KeySuffix.For(n);
            }

            if (key != baseKey && Owner(baseKey) is { } other)
            {
                _diagnostics.Report(located, DiagnosticDescriptors.DerivedKeyMadeUnique, span, baseKey, located.Entry.Label!, other.Label, other.Location, key);
            }

            _chosen[located.Index] = key;
            Take(located, key, span);
        }

        private (string Label, string Location)? Owner(string key) =>
            _keys.TryGetValue(key, out var owner) || _propertyNames.TryGetValue(KeyRules.PropertyName(key), out owner) ? owner : null;

        private void Take(LocatedEntry located, string key, RelativeSpan span)
        {
            var owner = (located.Entry.Label!, located.Page.RelativePath + "(" + Invariant.Number(span.StartLine + 1) + ")");
            _keys.Add(key, owner);
            _propertyNames.Add(KeyRules.PropertyName(key), owner);
        }
    }
}
