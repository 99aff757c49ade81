namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// The fallbacks when the journal-word scan finds no split between title and container: a container in sentence
    /// case after the title's full stop (Google Scholar's <c>Geophysical research letters</c>), or, with no title at
    /// all, a container alone before the volume (<c>Remote Sensing. 15:2310</c>).
    /// </summary>
    internal static class TitleAndContainer
    {
        public static (string? Title, string? Container) SplitAtLastSentence(string head, SourceDetails details)
        {
            var cut = head.LastIndexOf(". ", System.StringComparison.Ordinal);
            var hasSource = details.Volume is not null || details.Pages is not null || details.ArticleNumber is not null;
            if ((hasSource || details.Year is not null) && JournalWords.IsAbbreviatedName(head))
            {
                // "Chem. Soc. Rev., 2022, 51, 8123": chemistry's styles print no title, and the periods are the abbreviations'.
                // A paper just online has its year and DOI only ("Chem. Sci., 2025, DOI: …"): its journal is no title either.
                return (null, ContainerName.Clean(head));
            }

            if (cut > 0 && char.IsLetter(head[cut + 2]) && (!char.IsLower(head[cut + 2]) || hasSource) && head.Substring(cut + 2).Split(' ').Length <= 8
                && !OpensWithAbbreviation(head, cut))
            {
                return (CitationText.TrimTitlePunctuation(head.Substring(0, cut)), ContainerName.Clean(head.Substring(cut + 2)));
            }

            // Nothing but a journal's name before the volume and pages: the citation has no title.
            return hasSource && IsJournalName(head) ? (null, ContainerName.Clean(head)) : (null, null);
        }

        /// <summary>Whether all before the cut is one abbreviated word, a journal's own: <c>J. Geodesy</c> has no title.</summary>
        private static bool OpensWithAbbreviation(string head, int cut)
        {
            var first = head.Substring(0, cut + 1);
            var rest = head.Substring(cut + 2);
            return first.IndexOf(' ') < 0 && JournalWords.IsAbbreviation(first, null, rest.Split(' ')[0]);
        }

        private static bool IsJournalName(string text)
        {
            var words = text.Split(' ');
            if (words.Length > 8)
            {
                return false;
            }

            foreach (var word in words)
            {
                if (!JournalWords.IsNameWord(word))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
