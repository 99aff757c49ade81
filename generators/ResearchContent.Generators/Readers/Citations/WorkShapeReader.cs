using System.Text.RegularExpressions;
using ResearchContent.Generators.Model;

namespace ResearchContent.Generators.Readers.Citations
{
    /// <summary>
    /// Recognizes the works that are not journal articles by the words styles print for them: theses
    /// (<c>Doctoral dissertation</c>, <c>Diss.</c>, <c>PhD thesis</c>), chapters and proceedings (<c>In: … (eds) Book</c>,
    /// <c>In Book (pp. 1-2). Publisher.</c>, <c>Editor(s): …</c>, <c>Proceedings</c>, <c>Symposium</c>), reports
    /// (<c>(No. 2013-1165). US Geological Survey.</c>) and books (a title followed by a publisher and no container).
    /// </summary>
    internal static class WorkShapeReader
    {
        private static readonly Regex Thesis = CitationRegex.Create(
            @"^(?<pre>.*?)[\s.,]*\(?\b(?:Doctoral\s+dissertation|Ph\.?\s?D\.?\s+(?:diss\.|dissertation|thesis)|Diss\.|Dissertation|Master'?s\s+thesis|M\.?\s?Sc\.?\s+thesis|Thesis)[,.:]?\s*(?<university>[^()]*?)\)?\s*(?:,\s*(?<year>\d{4}))?[.\s]*$",
            RegexOptions.IgnoreCase);

        private static readonly Regex Report = CitationRegex.Create(
            @"^(?<pre>.*?)\s*\((?:Report\s+)?No\.\s*(?<number>[^)]+)\)[.\s]*(?<issuer>[^.]+)\.?$");

        private static readonly Regex SpringerChapter = CitationRegex.Create(
            @"^(?<pre>.*?)[.\s]+In:\s*(?:.+?\((?:eds?|Hrsg)\.?\)\s*)?(?<book>[^.]+)\..*$");

        private static readonly Regex InWithDetails = CitationRegex.Create(
            @"^(?<pre>.*?)(?:^|[.,]\s+)In\s+(?<book>.+?)\s*\((?<details>(?:Vol\.|pp\.|p\.)[^)]*)\)[.\s]*(?<publisher>.*)$");

        private static readonly Regex EditorsThenBook = CitationRegex.Create(
            @"^(?<pre>.*?),\s*Editor\(s\):\s*(?<rest>.+)$", RegexOptions.IgnoreCase);

        private static readonly Regex ProceedingsDate = CitationRegex.Create(@"\s+(?<year>\d{4})\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{1,2})?$");

        private static readonly Regex ConferenceWords = CitationRegex.Create(
            @"Symposium|Conference|Congress|Proceedings|\bProc\.|Meeting|Workshop|Abstracts|Colloquium|Summit|IGARSS|论文集|会议",
            RegexOptions.IgnoreCase);

        public static WorkShape Read(string body)
        {
            Match match;
            if ((match = Thesis.Match(body)).Success && match.Groups["university"].Value.Trim().Length > 0)
            {
                return new WorkShape
                {
                    Kind = PublicationKind.Thesis,
                    Title = Blank(match.Groups["pre"].Value),
                    Container = match.Groups["university"].Value.Trim().TrimEnd(',', '.').Trim(),
                    Body = match.Groups["pre"].Value,
                    Details = match.Groups["year"].Success ? match.Groups["year"].Value : null,
                };
            }

            if ((match = Report.Match(body)).Success)
            {
                return new WorkShape
                {
                    Kind = PublicationKind.Report,
                    Title = Blank(match.Groups["pre"].Value),
                    Container = match.Groups["issuer"].Value.Trim(),
                    Body = match.Groups["pre"].Value,
                    Details = "Art. " + match.Groups["number"].Value.Trim(),
                };
            }

            if ((match = SpringerChapter.Match(body)).Success)
            {
                return Chapter(match.Groups["pre"].Value, match.Groups["book"].Value, null);
            }

            if ((match = InWithDetails.Match(body)).Success)
            {
                return Chapter(match.Groups["pre"].Value, match.Groups["book"].Value, match.Groups["details"].Value);
            }

            if ((match = EditorsThenBook.Match(body)).Success)
            {
                return EditedBook(match.Groups["pre"].Value, match.Groups["rest"].Value);
            }

            return new WorkShape { Body = body };
        }

        /// <summary>Whether a container is a conference's: its name says symposium, proceedings, meeting, ….</summary>
        public static bool IsConference(string container) =>
            ConferenceWords.IsMatch(container) && !container.StartsWith("Proceedings of the IEEE", System.StringComparison.Ordinal)
            && !container.StartsWith("Proceedings of the National Academy", System.StringComparison.Ordinal);

        private static WorkShape Chapter(string pre, string book, string? details)
        {
            // Vancouver dates the proceedings after its name: "…Symposium 2022 Jul 17".
            var date = ProceedingsDate.Match(book);
            if (date.Success)
            {
                details = (details is null ? string.Empty : details + ", ") + date.Groups["year"].Value;
                book = book.Substring(0, date.Index);
            }

            book = book.Trim();
            return new WorkShape
            {
                Kind = IsConference(book) ? PublicationKind.Conference : PublicationKind.Chapter,
                Title = Blank(pre),
                Container = book,
                Body = pre,
                Details = details,
            };
        }

        /// <summary>Elsevier's chapters: <c>Title, Editor(s): A, B, Book (Edition), Publisher, 2015, Pages 339-385</c>.</summary>
        private static WorkShape EditedBook(string pre, string rest)
        {
            var segments = rest.Split(',');
            var first = 0;
            while (first < segments.Length - 1 && AuthorListParser.Parse(segments[first]).Success)
            {
                first++;
            }

            var book = segments[first].Trim();
            var details = string.Join(",", segments, first + 1, segments.Length - first - 1);
            return new WorkShape
            {
                Kind = PublicationKind.Chapter,
                Title = Blank(pre),
                Container = book,
                Body = pre,
                Details = PublisherSegment.StripLeading(details),
            };
        }

        private static string? Blank(string text)
        {
            var title = CitationText.TrimTitlePunctuation(text);
            return title.Length == 0 ? null : title;
        }
    }
}
