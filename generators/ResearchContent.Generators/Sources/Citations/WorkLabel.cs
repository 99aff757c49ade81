using System.Text.RegularExpressions;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// What a lab page types before a citation to say what it is, as CVs sort their lists: a type code in brackets
    /// (<c>[J] </c>, <c>[C] </c>), the index a paper is in (<c>(EI) </c>, <c>(SCI) </c>), or the kind of work with a colon or
    /// a dash (<c>Poster: </c>, <c>Talk — </c>, <c>Dataset: </c>, <c>Chapter: </c>). Left in place, each reads as a name that fails the whole
    /// author list, so nothing of the citation is found.
    /// </summary>
    internal static class WorkLabel
    {
        // A type code with no number ("[J] "): numbered ones ("[J3] ") are list markers, taken out with the numbers.
        private static readonly Regex TypeCode = CitationRegex.Create(@"^\[\p{Lu}{1,2}\]\s+(?=\S)");

        // An index named before the names: a remark, as "(SCI, IF=8.3)" is after the citation.
        private static readonly Regex IndexCode = CitationRegex.Create(@"^[(\[](?<note>SCI|SCIE|SSCI|EI|ESCI|KCI|CSCD|CSSCI|Scopus)[)\]]\s+(?=\S)");

        // The kind of work, ended by a colon or a dash: only then is it a label, not a title's first word ("Poster design …").
        private static readonly Regex KindOfWork = CitationRegex.Create(
            @"^(?<label>(?<note>Poster|Invited\s+talk|Keynote(?:\s+talk)?|Oral)|(?<talk>Talk|Oral\s+presentation|Presentation)|(?<data>Data\s*set|Software)|(?<chapter>(?:Book\s+)?Chapter))\s*(?::|\s[—–-])\s+(?=\S)",
            RegexOptions.IgnoreCase);

        /// <summary>The text without its label; the label's remark, and whether it named a talk or a data set.</summary>
        public static string Remove(string text, out string? note, out bool isPresentation, out bool isDataset)
        {
            (note, isPresentation, isDataset) = (null, false, false);
            text = TypeCode.Replace(text, string.Empty);
            var index = IndexCode.Match(text);
            if (index.Success)
            {
                note = index.Groups["note"].Value;
                text = text.Substring(index.Length);
            }

            var kind = KindOfWork.Match(text);
            if (kind.Success)
            {
                note = kind.Groups["note"].Success ? kind.Groups["note"].Value : note;
                // "Chapter: " says no more than the "In Book" that follows it.
                isPresentation = !kind.Groups["data"].Success && !kind.Groups["chapter"].Success;
                isDataset = kind.Groups["data"].Success;
                text = text.Substring(kind.Length);
            }

            return text;
        }
    }
}
