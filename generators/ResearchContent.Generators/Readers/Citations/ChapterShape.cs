using System.Text.RegularExpressions;
using ResearchContent.Generators.Model;

namespace ResearchContent.Generators.Readers.Citations
{
    /// <summary>
    /// A chapter or a proceedings paper: <c>In</c> (or <c>in</c>, <c>In:</c>) before a book that editors, a publisher or a
    /// page range in parentheses mark as one: <c>In S. Burchardt (Ed.), Book (pp. 1–2). Springer.</c>,
    /// <c>In: Chen J, Sun H, eds. Book. Beijing: Science Press. 45–78</c>, <c>in Book, eds S. Kenyon … (Berlin: Springer), 711–7</c>,
    /// <c>In Book; Margottini, C., Eds.; Springer: Berlin, 2013; pp. 155–161</c>, <c>, in Book, D. Dzurisin (Editor), …</c>.
    /// A journal after "in" (IEEE's <c>in IEEE Transactions on …</c>) is none of these.
    /// </summary>
    internal static class ChapterShape
    {
        private static readonly Regex In = CitationRegex.Create(@"(?:^|[.,;]\s*)(?:In|in)(?::\s*|\s+)(?=\S)");

        private static readonly Regex LeadingEditors = CitationRegex.Create(
            @"^(?:[^()]{1,300}?\s*\((?:Eds?|eds?|Editors?|Hrsg)\.?\)|[^.()]{1,300}?,\s*eds?\.)[,.]?\s+");

        // What marks a book: its editors, or its pages and volume in parentheses (a journal's come bare).
        private static readonly Regex Marks = CitationRegex.Create(
            @"\((?:Eds?|eds?|Editors?|Hrsg)\.?\)|,\s*eds?\.?\s|;\s*[^;]+,\s*Eds\.;|\((?:pp?\.|Vol\.)");

        // Where the book's title ends: parentheses with pages, volume, edition or an imprint; a sentence; a list of
        // editors; a page label; a series; a publisher.
        private static readonly Regex BookEnd = CitationRegex.Create(
            @"\s*\((?:pp?\.|Vol\.|\d+(?:st|nd|rd|th)\s+ed|[\p{L} ,]+:\s|[\p{L} ]+,\s*\d{4})|\.\s+|;\s+|,\s*eds?\s|,\s*(?:pp?|vol)\.|,\s*[\p{L}.\s]+\((?:Editors?|Eds?\.?)\)|,\s*[\p{L}\-\s]*(?:Series|Press|Publishing|Publishers)\b");

        private static readonly Regex Pages = CitationRegex.Create(@"\bpp?\.\s*(?<pages>[\w]+\s*[–\-]\s*[\w]+)|(?<pages>\b\d+\s*[–\-]\s*\d+)\s*\.?\s*$");

        private static readonly Regex Volume = CitationRegex.Create(@"\b[Vv]ol\.\s*(?<volume>[\w\-]+)");

        // Vancouver dates the proceedings after its name: "…Symposium 2022 Jul 17".
        private static readonly Regex ProceedingsDate = CitationRegex.Create(@"\s+(?<year>\d{4})\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{1,2})?$");

        private static readonly Regex JournalName = CitationRegex.Create(@"\b(?:Journal|Trans(?:actions)?\b|Letters|Lett\.|Magazine|Review|Bulletin|Proceedings\s+of\s+the\s+(?:IEEE|National|Royal))");

        private static readonly Regex ConferencePublisher = CitationRegex.Create(@"\b(?:SPIE|IEEE|ACM|ISPRS|Copernicus|EGU|AGU)\b");

        public static bool TryRead(string body, out WorkShape shape)
        {
            shape = new WorkShape { Body = body };
            for (var match = In.Match(body); match.Success; match = match.NextMatch())
            {
                var rest = body.Substring(match.Index + match.Length);
                var marked = Marks.IsMatch(rest);
                if (!marked && !HasPublisher(rest))
                {
                    continue;
                }

                var pre = body.Substring(0, match.Index);
                var book = BookTitle(rest);
                var date = ProceedingsDate.Match(book);
                if (date.Success)
                {
                    book = book.Substring(0, date.Index).Trim();
                }

                if (book.Length == 0 || (!marked && JournalName.IsMatch(book)))
                {
                    continue;
                }

                var pages = Pages.Match(rest);
                var conference = WorkShapeReader.IsConference(book) || ConferencePublisher.IsMatch(rest);
                var volume = Volume.Match(rest);
                shape = new WorkShape
                {
                    Kind = conference ? PublicationKind.Conference : PublicationKind.Chapter,
                    Title = WorkShapeText.Title(pre),
                    Container = book,
                    Body = pre,
                    Details = Details(pages, conference ? volume : Match.Empty) + (date.Success ? ", " + date.Groups["year"].Value : string.Empty),
                };
                return true;
            }

            return false;
        }

        private static string BookTitle(string rest)
        {
            rest = LeadingEditors.Replace(rest, string.Empty);
            rest = EditionMark.Remove(rest);
            var end = BookEnd.Match(rest);
            var book = end.Success ? rest.Substring(0, end.Index) : rest;
            return CitationText.CleanContainer(book.Trim());
        }

        private static bool HasPublisher(string rest)
        {
            foreach (var part in rest.Split(new[] { ". ", ", ", "; ", "(", ")" }, System.StringSplitOptions.RemoveEmptyEntries))
            {
                if (PublisherSegment.IsPublisher(part))
                {
                    return true;
                }
            }

            return false;
        }

        private static string Details(Match pages, Match volume) =>
            ((volume.Success ? "Vol. " + volume.Groups["volume"].Value + ", " : string.Empty)
                + (pages.Success ? "pp. " + pages.Groups["pages"].Value : string.Empty)).TrimEnd(',', ' ');
    }
}
