using System.Linq;
using System.Text.RegularExpressions;
using ResearchContent.Generators.Model;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// Recognizes the works that are not journal articles by the words styles print for them: theses
    /// (<c>Doctoral dissertation</c>, <c>Diss.</c>, <c>PhD thesis</c>), chapters and proceedings (<c>In: … (eds) Book</c>,
    /// <c>In Book (pp. 1-2). Publisher.</c>, <c>Editor(s): …</c>, <c>Proceedings</c>, <c>Symposium</c>), reports
    /// (<c>(No. 2013-1165). US Geological Survey.</c>) and books (a title followed by a publisher and no container).
    /// </summary>
    internal static class WorkShapeReader
    {
        private static readonly Regex EditorsThenBook = CitationRegex.Create(
            @"^(?<pre>.*?),\s*Editor\(s\):\s*(?<rest>.+)$", RegexOptions.IgnoreCase);

        /// <summary>A meeting's name in Spanish, Portuguese, French, Italian or German: "XVII Congreso Nacional de Geografía", "Tagungsband".</summary>
        public const string MeetingWordsInOtherLanguages = @"Congreso|Congresso|Congr[èe]s|Simposio|Simp[óo]sio|Jornadas|Encontro|Conferencia|Conf[ée]rence|Convegno|Tagung|Konferenz|Kolloquium|\bAnais\b|Colloque";

        private static readonly Regex ConferenceWords = CitationRegex.Create(
            @"Symposium|Conference|Congress|Proceedings|\bProc\.|Meeting|Workshop|Abstracts|Colloquium|Summit|IGARSS|General\s+Assembly|\bv?EGU\d{2,4}\b|Archives\s+of\s+the\s+Photogrammetry|Int\.\s*Arch\.\s*Photogramm|ISPRS\s+Annals|ISPRS\s+Arch|Neural\s+Information\s+Processing\s+Systems|NeurIPS|\bICML\b|\bICLR\b|\bCVPR\b|\bICCV\b|\bECCV\b|论文集|会议"
            // The computing societies publish their meetings' papers under the society's name: ACL's "Findings of the
            // Association for Computational Linguistics: EMNLP 2020".
            + @"|Association\s+for\s+Computational\s+Linguistics|\bEMNLP\b|\bNAACL\b|\bAAAI\b|\bIJCAI\b|\bSIGKDD\b|\bMICCAI\b|\bICASSP\b"
            + "|" + MeetingWordsInOtherLanguages,
            RegexOptions.IgnoreCase);

        private static readonly Regex SeriesVolume = CitationRegex.Create(@"\bVolume\s+\d+\s*,\s*");

        public static WorkShape Read(string body)
        {
            Match match;
            if (ThesisShape.TryRead(body, out var shape) || ReportShape.TryRead(body, out shape) || PatentShape.TryRead(body, out shape))
            {
                return shape;
            }

            if ((match = EditorsThenBook.Match(body)).Success)
            {
                return EditedBook(match.Groups["pre"].Value, match.Groups["rest"].Value);
            }

            return ChapterShape.TryRead(body, out shape) || SeriesChapter.TryRead(body, out shape) || IssuerSentence.TryRead(body, out shape) ? shape : new WorkShape { Body = body };
        }

        /// <summary>Whether a container is a conference's: its name says symposium, proceedings, meeting, ….</summary>
        public static bool IsConference(string container) =>
            ConferenceWords.IsMatch(container) && !ProceedingsJournal.IsMatch(container);

        // Journals that are called proceedings: the IEEE's, PNAS and the Royal Society's.
        private static readonly Regex ProceedingsJournal = CitationRegex.Create(
            @"^(?:Proceedings of the IEEE|Proc\.? IEEE)$|^(?:Proceedings of the National Academy|Proc\.?\s*Natl\.?\s*Acad|Proc(?:eedings)?\.?\s*(?:of\s+the\s+)?R(?:oyal|\.)\s*Soc)");

        /// <summary>
        /// An editor as Elsevier prints one, a given name and a family name between commas: "Snow and Ice-Related Hazards" is
        /// no pair of names, nor "Risks" a name.
        /// </summary>
        private static bool IsEditorName(string segment)
        {
            var name = segment.Trim();
            return name.IndexOf(' ') > 0 && !name.Contains(" and ") && AuthorListParser.Parse(name) is { Success: true, Authors.Count: 1 };
        }

        /// <summary>Elsevier's chapters: <c>Title, Editor(s): A, B, Book (Edition), Publisher, 2015, Pages 339-385</c>.</summary>
        private static WorkShape EditedBook(string pre, string rest)
        {
            var segments = rest.Split(',');
            var first = 0;
            // The editors' names, then the book, which the publisher follows: "Computer Aided Chemical Engineering, Elsevier" is no name.
            while (first < segments.Length - 1 && IsEditorName(segments[first]) && !PublisherSegment.IsPublisher(segments[first + 1]))
            {
                first++;
            }

            // The book's title runs to the publisher: "Snow and Ice-Related Hazards, Risks, and Disasters (Second Edition), Elsevier".
            var last = first;
            while (last + 1 < segments.Length && !PublisherSegment.IsPublisher(segments[last + 1]) && !char.IsDigit(segments[last + 1].Trim().FirstOrDefault()))
            {
                last++;
            }

            var book = string.Join(",", segments, first, last - first + 1).Trim();
            // "Advances in Agronomy, Academic Press, Volume 158, 2019": the volume after the publisher is a book series'.
            var details = SeriesVolume.Replace(string.Join(",", segments, last + 1, segments.Length - last - 1), string.Empty);
            return new WorkShape
            {
                Kind = PublicationKind.Chapter,
                Title = WorkShapeText.Title(pre),
                Container = book,
                Body = pre,
                Details = PublisherSegment.StripLeading(details),
            };
        }
    }
}
