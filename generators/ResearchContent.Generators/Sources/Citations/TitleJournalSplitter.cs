using System;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// Splits <c>Title, Journal</c> or <c>Title. Journal</c> (what is left of an unquoted AGU, APA or Chicago
    /// citation once the year and the volume/pages tail are gone) into the title and the journal.
    /// </summary>
    /// <remarks>
    /// Titles contain commas and periods (<c>Mw 7.8</c>, <c>U.S.</c>, <c>e.g.,</c>) and journal names contain
    /// periods (<c>IEEE J. Sel. Top.</c>), so no single separator works. Instead the journal is the longest run of
    /// journal-like words at the end: capitalized or joining words, where a period inside the run must end an
    /// abbreviation and a comma, question mark or full-word period ends the run. A title is only split off at
    /// such punctuation; a run reaching the start, or stopped by an unpunctuated word, is no confident split.
    /// </remarks>
    internal static class TitleJournalSplitter
    {
        private static readonly System.Text.RegularExpressions.Regex JournalSection = CitationRegex.Create(@",\s(?:Part|Section|Series)\s\p{Lu}\.?$");

        public static (string? Title, string? Journal) Split(string text)
        {
            text = text.Trim();
            var section = JournalSection.Match(text);
            if (section.Success && Split(text.Substring(0, section.Index)) is { Title: not null, Journal: { } partsJournal } split)
            {
                // "…, Journal of Toxicology and Environmental Health, Part A": a journal published in parts names its part after a comma.
                return (split.Title, partsJournal + section.Value.TrimEnd('.'));
            }

            foreach (var name in JournalWords.NamesWithCommas)
            {
                // Vancouver ends the journal with a full stop: "…. Geological Society, London, Special Publications. 2013;380(1)".
                var bare = text.TrimEnd('.');
                if (bare.EndsWith(name, StringComparison.Ordinal) && bare.Length > name.Length)
                {
                    return (CleanTitle(bare.Substring(0, bare.Length - name.Length)), name);
                }
            }

            if (JournalWords.IsAbbreviatedName(text))
            {
                // Chemistry's styles print no title: "Angew. Chem., Int. Ed." is one journal, its comma the RSC's.
                return (null, null);
            }

            var tokens = text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            var start = SerialListStart(tokens, JournalStart(tokens));

            // Joining words cannot open a journal name: "in the" belongs to the title before it.
            while (start < tokens.Length && JournalWords.IsJoining(tokens[start]))
            {
                start++;
            }

            if (start == 0 || start >= tokens.Length || JournalWords.IsJoining(tokens[tokens.Length - 1].TrimEnd('.', ',')))
            {
                return (null, null);
            }

            if (!EndsWithSeparator(tokens[start - 1]))
            {
                return (null, null);
            }

            var title = CleanTitle(string.Join(" ", tokens, 0, start));
            var journal = ContainerName.Clean(string.Join(" ", tokens, start, tokens.Length - start)) ?? string.Empty;
            return (title, journal);
        }

        /// <summary>Whether <paramref name="journal"/>, as split off <paramref name="text"/>, followed a colon (GSA's <c>Title: Journal</c>).</summary>
        public static bool SplitAtColon(string text, string journal)
        {
            var at = text.LastIndexOf(journal, StringComparison.Ordinal);
            return at > 0 && text.Substring(0, at).TrimEnd().EndsWith(":", StringComparison.Ordinal);
        }

        /// <summary>
        /// A journal named by a serial list, "Geology, Ecology, and Landscapes": a run that opens with "and" after one-word
        /// items each closed by a comma takes them in, back to the title's own comma.
        /// </summary>
        private static int SerialListStart(string[] tokens, int start)
        {
            if (start <= 0 || start >= tokens.Length - 1 || tokens[start] is not ("and" or "&"))
            {
                return start;
            }

            var first = start;
            while (first >= 2 && IsListItem(tokens[first - 1]) && tokens[first - 2].EndsWith(",", StringComparison.Ordinal))
            {
                first--;
            }

            return start - first >= 2 ? first : start;
        }

        private static bool IsListItem(string token) =>
            token.Length > 2 && token.EndsWith(",", StringComparison.Ordinal) && char.IsUpper(token[0]) && JournalWords.IsNameWord(token.TrimEnd(','));

        private static int JournalStart(string[] tokens)
        {
            var start = tokens.Length;
            for (var i = tokens.Length - 1; i >= 0; i--)
            {
                var token = tokens[i];
                if (i < tokens.Length - 1)
                {
                    if (token.EndsWith(",", StringComparison.Ordinal) || token.EndsWith(";", StringComparison.Ordinal)
                        || token.EndsWith("?", StringComparison.Ordinal) || token.EndsWith("!", StringComparison.Ordinal)
                        || token.EndsWith("\"", StringComparison.Ordinal) || token.EndsWith("”", StringComparison.Ordinal))
                    {
                        break;
                    }

                    if (JournalWords.EndsWithPeriod(token) && !JournalWords.IsAbbreviation(token, i > 0 ? tokens[i - 1] : null, tokens[i + 1]))
                    {
                        break;
                    }
                }

                if (!JournalWords.IsNameWord(token) && !(i > 0 && i < tokens.Length - 1 && JournalWords.IsLowercaseAbbreviation(tokens[i - 1], token, tokens[i + 1])))
                {
                    break;
                }

                start = i;
            }

            return start;
        }

        // GSA and the USGS print a colon before the journal: "…Qaidam earthquakes: Geophysical Research Letters, v. 38".
        private static bool EndsWithSeparator(string token)
        {
            var last = token[token.Length - 1];
            return last is '.' or ',' or ';' or ':' or '?' or '!' or '"' or '”';
        }

        private static string? CleanTitle(string text)
        {
            var title = CitationText.TrimTitlePunctuation(text);
            return title.Length == 0 ? null : title;
        }
    }
}
