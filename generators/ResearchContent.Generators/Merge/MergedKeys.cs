using System;
using System.Collections.Generic;
using ResearchContent.Generators.Diagnostics;
using ResearchContent.Generators.Keys;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Merge
{
    /// <summary>
    /// Gives every merged publication one key: a key a source names (BibTeX's, then the page's key comment, then the
    /// collection's <c>key:</c>), else the page's key, else the one derived as the page derives keys. Publications are
    /// keyed in catalog order, pages first, so a page keeps the keys it had alone. A derived key that is taken gets a
    /// letter (RC3002); a named key that is taken is an error (RC1301), and that publication is left out.
    /// </summary>
    internal sealed class MergedKeys
    {
        private readonly Dictionary<string, SourceStatement> _keys = new(StringComparer.Ordinal);
        private readonly HashSet<string> _propertyNames = new(StringComparer.Ordinal);

        /// <returns>The key, or <see langword="null"/> when the group is left out; <paramref name="report"/> gets what to say.</returns>
        public string? Assign(IReadOnlyList<SourceStatement> group, Action<SourceStatement, DiagnosticInfo> report)
        {
            var (named, namedBy) = NamedKey(group, report);
            if (named is not null)
            {
                if (Take(named, namedBy!))
                {
                    return named;
                }

                var other = _keys.TryGetValue(named, out var holder) ? holder.Where : "the catalog";
                report(namedBy!, DiagnosticInfo.At(DiagnosticDescriptors.KeyUsedAcrossSources.Id, namedBy!.Publication.FilePath, namedBy.Lines, namedBy.Publication.Span, named, other));
                return null;
            }

            var first = group[0];
            var derived = first.PagePublication?.Key ?? Derived(group);
            if (Take(derived, first))
            {
                return derived;
            }

            for (var n = 1; ; n++)
            {
                var candidate = derived + KeySuffix.For(n);
                if (Take(candidate, first))
                {
                    var taken = _keys.TryGetValue(derived, out var holder) ? holder : first;
                    report(first, DiagnosticInfo.At(
                        DiagnosticDescriptors.DerivedKeyMadeUnique.Id, first.Publication.FilePath, first.Lines, first.Publication.Span,
                        derived, first.Where, taken.Where, taken.Publication.RelativePath, candidate));
                    return candidate;
                }
            }
        }

        private static (string? Key, SourceStatement? By) NamedKey(IReadOnlyList<SourceStatement> group, Action<SourceStatement, DiagnosticInfo> report)
        {
            foreach (var format in new[] { SourceFormat.BibTeX, SourceFormat.Page, SourceFormat.Collection })
            {
                foreach (var statement in group)
                {
                    if (statement.Format != format || statement.Publication.ExplicitKey is not { Length: > 0 } key)
                    {
                        continue;
                    }

                    if (KeyRules.IsValidKey(key))
                    {
                        return (key, statement);
                    }

                    if (format == SourceFormat.BibTeX)
                    {
                        report(statement, DiagnosticInfo.At(
                            DiagnosticDescriptors.KeyNotUsable.Id, statement.Publication.FilePath, statement.Lines, statement.Publication.Span,
                            key, KeyRules.ProblemOf(key), Derived(group)));
                    }
                }
            }

            return (null, null);
        }

        private static string Derived(IReadOnlyList<SourceStatement> group)
        {
            foreach (var statement in group)
            {
                if (statement.Publication.DerivedKey is { Length: > 0 } key)
                {
                    return key;
                }
            }

            var publication = group[0].Publication;
            var family = publication.Citation is { Authors.Count: > 0 } citation ? citation.Authors[0].Family : string.Empty;
            return KeyDeriver.Derive(family, publication.Year ?? 0, publication.Title);
        }

        private bool Take(string key, SourceStatement by)
        {
            var property = KeyRules.PropertyName(key);
            // The catalog's own member names are no key's: a property must not hide them.
            if (_keys.ContainsKey(key) || property.Length == 0 || Emit.GeneratedNames.IsReserved(property) || !_propertyNames.Add(property))
            {
                return false;
            }

            _keys.Add(key, by);
            return true;
        }
    }
}
