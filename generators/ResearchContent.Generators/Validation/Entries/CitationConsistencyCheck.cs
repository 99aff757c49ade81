using System;
using System.Linq;
using ResearchContent.Generators.Diagnostics;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Primitives;
using ResearchContent.Generators.Sources.Citations;

namespace ResearchContent.Generators.Validation.Entries
{
    /// <summary>
    /// Cross-checks the parsed citation against the rest of the entry: the label's year (RC2006, RC1005, RC2013), the
    /// fields that could not be read (RC2007), the header title (RC2003) and the link's DOI (RC2010, RC3001).
    /// </summary>
    internal static class CitationConsistencyCheck
    {
        public static void Check(ParsedEntry entry, EntryDiagnosticList diagnostics)
        {
            if (entry.Label is not { } label || entry.Citation is not { } citation || entry.CitationText is not { } text)
            {
                return;
            }

            if (citation.Year is not { } year)
            {
                diagnostics.Add(DiagnosticDescriptors.MissingCitationYear, entry.CitationSpan, label);
            }
            else if (Math.Abs(year - entry.Year) == 1)
            {
                // Online one year and in an issue the next: pages label such a paper by either year.
                diagnostics.Add(DiagnosticDescriptors.LabelYearOneOff, entry.LabelSpan, label, Invariant.Number(entry.Year), Invariant.Number(year));
            }
            else if (year != entry.Year)
            {
                diagnostics.Add(DiagnosticDescriptors.LabelYearMismatch, entry.LabelSpan, label, Invariant.Number(entry.Year), Invariant.Number(year));
            }

            // A missing year is RC2006's, and a missing title RC2003's when the header has one: the exports use the header's.
            var missing = citation.Unparsed
                .Where(field => field != CitationField.Year && !(field == CitationField.Title && entry.TitleEn is not null))
                .Select(CitationFieldNames.Of)
                .ToArray();
            if (missing.Length > 0)
            {
                diagnostics.Add(DiagnosticDescriptors.IncompleteCitation, entry.CitationSpan, label, string.Join(", ", missing));
            }

            // The parsed title is compared when there is one; otherwise the header title must appear in the text. A
            // Chinese citation (GB/T 7714) prints the Chinese title.
            var sameTitle = citation.Title is not null
                ? IsSame(citation.Title, entry.TitleEn) || IsSame(citation.Title, entry.TitleZh)
                : ComparableText.Contains(text, entry.TitleEn ?? string.Empty) || (entry.TitleZh is { } zh && ComparableText.Contains(text, zh));
            if (entry.TitleEn is not null && !sameTitle)
            {
                diagnostics.Add(DiagnosticDescriptors.TitleDiffersFromCitation, entry.TitleSpan, label);
            }

            if (entry.Doi is { } linkDoi && citation.Doi is { } textDoi && !string.Equals(linkDoi, textDoi, StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Add(DiagnosticDescriptors.DoiMismatch, entry.CitationSpan, linkDoi, textDoi);
            }

            if (entry.Doi is { } doi && !DoiReader.IsCanonicalLink(entry.CitationUrl!))
            {
                diagnostics.Add(DiagnosticDescriptors.NonCanonicalDoiLink, entry.CitationSpan, DoiReader.Canonical(doi));
            }
        }

        private static bool IsSame(string citationTitle, string? headerTitle) =>
            headerTitle is not null && ComparableText.Normalize(citationTitle) == ComparableText.Normalize(headerTitle);
    }
}
