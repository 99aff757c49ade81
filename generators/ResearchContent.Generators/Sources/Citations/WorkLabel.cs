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
            @"^(?<label>(?<note>Poster|Invited\s+talk|Keynote(?:\s+talk)?|Oral)|(?<talk>Talk|Oral\s+presentation|Presentation)|(?<data>Data\s*set|Software)|(?<chapter>(?:Book\s+)?Chapter)|(?<plain>Preprint))\s*(?::|\s[—–-])\s+(?=\S)",
            RegexOptions.IgnoreCase);

        // The same remark typed after the names and year, before the title: "(2023). Poster: Title. Meeting".
        private static readonly Regex LabelBeforeTitle = CitationRegex.Create(
            @"(?<=[.)]\s)(?<note>Poster|Invited\s+talk|Keynote(?:\s+talk)?)\s*:\s+(?=\S)", RegexOptions.IgnoreCase);

        // APA's type of a meeting contribution, in brackets after its title: "Title [Oral presentation]. Meeting, Place."
        private static readonly Regex PresentationType = CitationRegex.Create(
            @"\s*\[(?<note>(?:Oral|Poster|Conference|Paper)\s+presentation|Poster\s+session|Keynote\s+address)\](?=[.,])", RegexOptions.IgnoreCase);

        // Frontiers prints a meeting's abstract under the journal that hosts it, naming the meeting in a sentence of its own:
        // "Front. Neurosci. Conference Abstract: 11th National Congress of …. doi: …". The journal stays the container.
        private static readonly Regex HostedAbstract = CitationRegex.Create(@"(?<=\.)\s+Conference\s+Abstract:\s+[^.]+\.(?=\s|$)");

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
                isPresentation = !kind.Groups["data"].Success && !kind.Groups["chapter"].Success && !kind.Groups["plain"].Success;
                isDataset = kind.Groups["data"].Success;
                text = text.Substring(kind.Length);
            }

            var hosted = HostedAbstract.Match(text);
            if (hosted.Success)
            {
                isPresentation = true;
                text = text.Substring(0, hosted.Index) + text.Substring(hosted.Index + hosted.Length);
            }

            var inside = LabelBeforeTitle.Match(text);
            inside = inside.Success ? inside : PresentationType.Match(text);
            if (inside.Success)
            {
                (note, isPresentation) = (inside.Groups["note"].Value, true);
                text = text.Substring(0, inside.Index) + text.Substring(inside.Index + inside.Length);
            }

            return text;
        }
    }
}
