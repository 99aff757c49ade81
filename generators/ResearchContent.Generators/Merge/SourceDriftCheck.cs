using System;
using System.Collections.Generic;
using System.Linq;
using ResearchContent.Generators.Diagnostics;
using ResearchContent.Generators.Keys;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Merge
{
    /// <summary>
    /// Where two sources of one paper disagree on its year, title, DOI, venue or authors' family names, warns at both
    /// places: the drift between a page, a collection and a BibTeX file that users otherwise find by chance. Titles
    /// and venues compare as readers read them, ignoring case and punctuation; author lists compare by family name, as
    /// far as both print them.
    /// </summary>
    internal static class SourceDriftCheck
    {
        public static IEnumerable<(SourceStatement Statement, DiagnosticInfo Diagnostic)> Check(IReadOnlyList<SourceStatement> group)
        {
            for (var i = 0; i < group.Count; i++)
            {
                for (var j = i + 1; j < group.Count; j++)
                {
                    foreach (var (field, left, right) in Disagreements(group[i].Publication, group[j].Publication))
                    {
                        yield return (group[i], At(group[i], field, left, group[j], right));
                        yield return (group[j], At(group[j], field, right, group[i], left));
                    }
                }
            }
        }

        private static IEnumerable<(string Field, string Left, string Right)> Disagreements(SourcePublication a, SourcePublication b)
        {
            if (a.Year is { } ya && b.Year is { } yb && ya != yb)
            {
                yield return ("year", Invariant.Number(ya), Invariant.Number(yb));
            }

            if (Differ(a.Title, b.Title, ComparableText.Normalize))
            {
                yield return ("title", a.Title!, b.Title!);
            }

            if (Differ(a.Doi, b.Doi, doi => doi.Trim().ToLowerInvariant()))
            {
                yield return ("doi", a.Doi!, b.Doi!);
            }

            if (Differ(a.Venue, b.Venue, ComparableText.Normalize) && !VenueAbbreviation.Abbreviates(a.Venue!, b.Venue!))
            {
                yield return ("venue", a.Venue!, b.Venue!);
            }

            if (FamilyNames(a) is { } fa && FamilyNames(b) is { } fb && !SameAuthors(fa, fb, a.Citation!.AuthorsTruncated || b.Citation!.AuthorsTruncated))
            {
                yield return ("authors", string.Join(", ", fa), string.Join(", ", fb));
            }
        }

        private static bool Differ(string? a, string? b, Func<string, string> normalize) =>
            a is { Length: > 0 } && b is { Length: > 0 } && !string.Equals(normalize(a), normalize(b), StringComparison.Ordinal);

        private static List<string>? FamilyNames(SourcePublication publication) =>
            publication.Citation is { Authors.Count: > 0 } citation ? citation.Authors.Select(a => a.Family).ToList() : null;

        /// <summary>The same family names in the same order, up to the shorter list when either is cut with "et al.".</summary>
        private static bool SameAuthors(List<string> a, List<string> b, bool truncated)
        {
            if (!truncated && a.Count != b.Count)
            {
                return false;
            }

            for (var i = 0; i < Math.Min(a.Count, b.Count); i++)
            {
                if (!string.Equals(Comparable(a[i]), Comparable(b[i]), StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }

        // Accents are dropped ("Jónsson" is "Jonsson" in a .bib without them); names in Chinese characters compare as written.
        private static string Comparable(string family) => KeyDeriver.Fold(family) is { Length: > 0 } folded ? folded : ComparableText.Normalize(family);

        private static DiagnosticInfo At(SourceStatement here, string field, string value, SourceStatement there, string otherValue) =>
            DiagnosticInfo.At(
                DiagnosticDescriptors.SourcesDisagree.Id,
                here.Publication.FilePath,
                here.Lines,
                here.SpanOf(field),
                field,
                value,
                there.Where,
                otherValue);
    }
}
