using System;
using System.Linq;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// Astronomy's references, as MNRAS, ApJ and A&amp;A print them, give no title and only the first page: <c>Dalla Vecchia C.,
    /// Schaye J., 2012, MNRAS, 426, 140</c>. With the year after the authors and nothing but the journal before the volume, a
    /// number after the volume's comma is that page, not an article number (which these journals print with a letter:
    /// <c>A&amp;A, 641, A6</c>, <c>ApJ, 848, L12</c>). Chemistry's titleless references print the first page alike.
    /// </summary>
    internal static class FirstPage
    {
        public static SourceDetails Read(SourceDetails details, string text, bool yearKnown)
        {
            if (IsChemistryFirstPage(details, text) || IsSsaPage(details, text))
            {
                return details with { Pages = details.ArticleNumber, ArticleNumber = null };
            }

            if (!yearKnown || details is not { Volume: not null, Issue: null, Pages: null, ArticleNumber: { Length: <= 5 } number, HasUnreadText: false }
                || !number.All(char.IsDigit) || details.Head.Length == 0 || details.Head.IndexOf(", ", StringComparison.Ordinal) >= 0
                || details.Head.IndexOf(". ", StringComparison.Ordinal) >= 0
                || !text.TrimEnd('.', ' ').EndsWith(details.Volume + ", " + number, StringComparison.Ordinal))
            {
                return details;
            }

            return details with { Pages = number, ArticleNumber = null };
        }

        // SSA's journals number pages, never articles: a single number after the issue of its citation line
        // ("Bulletin of the Seismological Society of America 2016;; 106 (3): 1298") is a one-page item's page.
        private static readonly System.Text.RegularExpressions.Regex SsaLine = CitationRegex.Create(@"(?:19|20)\d\d;;\s*\d+\s*\([^()]+\):\s*\d+\.?$");

        private static bool IsSsaPage(SourceDetails details, string text) =>
            details is { Volume: not null, Pages: null, ArticleNumber: { } number, HasUnreadText: false } && number.All(char.IsDigit) && SsaLine.IsMatch(text.TrimEnd());

        // Wiley-VCH's and ACS's chemistry references print no title and only the first page, the year after the journal with no
        // comma: "Angew. Chem. Int. Ed. 2021, 60, 12345". Their article numbers carry a letter or run to seven digits ("Adv. Mater.
        // 2021, 33, 2007890"); the RSC, which prints a comma after the journal ("Nat. Commun., 2021, 12, 5432"), keeps them.
        private static bool IsChemistryFirstPage(SourceDetails details, string text) =>
            details is { Volume: not null, Issue: null, Pages: null, ArticleNumber: { Length: <= 5 } number, Year: { } year, HasUnreadText: false }
            && number.All(char.IsDigit) && JournalWords.IsAbbreviatedName(details.Head)
            && text.TrimEnd('.', ' ').EndsWith(details.Head + " " + year.ToString(System.Globalization.CultureInfo.InvariantCulture) + ", " + details.Volume + ", " + number, StringComparison.Ordinal);
    }
}
