using System;
using System.Text.RegularExpressions;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>Normalizes citation text and trims the punctuation that separates its fields.</summary>
    internal static class CitationText
    {
        private static readonly Regex Whitespace = CitationRegex.Create(@"\s+");

        // Links and DOIs close a citation in every style; they are not part of the volume/pages tail.
        private static readonly Regex TrailingLink = CitationRegex.Create(
            @"[,.;]?\s*(?:\[Online\]\.?\s*)?(?:(?:Available(?:\s+(?:online|at|from))*|Retrieved\s+from|URL)\s*:?\s*)?(?:https?://|www\.)\S+\s*$"
            + @"|[,.;]?\s*\(?(?:doi|DOI)\s*:?\s*10\.\d+/\S+\s*$"
            + @"|[,.;]?\s*\[Online\]\.?\s*$",
            RegexOptions.IgnoreCase);

        private static readonly Regex DottedAcronymEnd = CitationRegex.Create(@"(?:^|\s)(?:\p{Lu}\.){2,}$");

        private static readonly Regex GluedIn = CitationRegex.Create(@"(?<=^|[.,?!]\s)In(?=\p{Lu}|(?:19|20)\d\d\s)(?!SAR\b)");

        /// <summary>Google Scholar's Vancouver export glues "In" to a proceedings name: <c>InIGARSS 2022</c>, also after a title's question mark.</summary>
        public static string SeparateGluedIn(string text) => GluedIn.Replace(text, "In ");

        public static string Normalize(string text)
        {
            var normalized = Whitespace.Replace(text, " ").Trim();
            string previous;
            do
            {
                previous = normalized;
                normalized = TrailingLink.Replace(normalized, string.Empty).Trim();
            }
            while (normalized.Length != previous.Length);

            return normalized;
        }

        /// <summary>Removes the separator after a title; a final <c>?</c> or <c>!</c> belongs to the title, as does the period of <c>U.S.</c>.</summary>
        // Elsevier prints its chapters' numbers as part of the title with a hyphen ("Chapter 7 - Title"), and that stays.
        private static readonly Regex ChapterNumber = CitationRegex.Create(@"^Chapter\s+\d{1,3}\s*(?::|\s[—–])\s+(?=\S)");

        public static string TrimTitlePunctuation(string text)
        {
            // A dash left from a separator ("Authors - Title") is no part of the title.
            var title = text.Trim().TrimStart('-', '–', '—', ' ').TrimEnd(',', ';', ':').Trim();
            // A chapter's number typed before its title by hand ("Chapter 9 — Broadband albedo", "Chapter 4: …") is no part of it.
            title = WithoutQuotes(ChapterNumber.Replace(title, string.Empty));
            // Google Scholar cuts a long title with an ellipsis ("…implications for groundwater ... Journal of Hydrology"): its
            // three dots are the title's, and a fourth would be the separator.
            var cutWithEllipsis = title.EndsWith("...", StringComparison.Ordinal) && !title.EndsWith("....", StringComparison.Ordinal);
            if (title.EndsWith(".", StringComparison.Ordinal) && !DottedAcronymEnd.IsMatch(title) && !cutWithEllipsis)
            {
                // The full stop may follow the closing quote: «Title».
                title = WithoutQuotes(title.Substring(0, title.Length - 1).TrimEnd());
            }

            return title;
        }

        /// <summary>
        /// The title without quotes around the whole of it, in any of the pairs people type: ‘…’, “…”, "…", «…», and Harvard's
        /// '…' (apostrophes inside stay).
        /// </summary>
        private static string WithoutQuotes(string title) =>
            title.Length > 2 && ((title[0] == '‘' && title[title.Length - 1] == '’') || (title[0] == '“' && title[title.Length - 1] == '”') || (title[0] == '"' && title[title.Length - 1] == '"')
                || (title[0] == '«' && title[title.Length - 1] == '»')
                || (title[0] == '\'' && title[title.Length - 1] == '\'' && title.IndexOf("' ", 1, StringComparison.Ordinal) < 0))
                ? title.Substring(1, title.Length - 2).Trim()
                : title;

        /// <summary>The journal as printed: emphasis marks and separators removed, the period of a final abbreviation kept.</summary>
        public static string CleanContainer(string text)
        {
            // Full-width separators stay in a citation written in characters: "地球物理学报，2021，64(8)".
            var container = text.Trim().TrimEnd(',', ';', ':', '，', '；', '：').Trim();
            container = container.Trim('*', '_').Trim();
            container = container.TrimEnd(',', ';', ':', '，', '；', '：').Trim();
            if (container.EndsWith(".", StringComparison.Ordinal) && !JournalWords.EndsInAbbreviation(container))
            {
                container = container.Substring(0, container.Length - 1).TrimEnd();
            }

            return container;
        }
    }
}
