using System.Globalization;
using System.Text.RegularExpressions;

namespace ResearchContent.Generators.Readers.Citations
{
    /// <summary>
    /// Finds the volume/issue/pages tail at the end of a citation in its three shapes:
    /// IEEE's labelled fields (<c>, vol. 14, no. 2, pp. 8537–8551, Aug. 2021</c>), Chicago notes'
    /// <c>14, no. 2 (2021): 8537–51</c>, and the bare <c>, 14(2), 8537–8551</c> of AGU, APA and Chicago author-date
    /// (also <c> 14 (2): 8537–51</c>, <c>, 9(June), 1–11</c> and a lone <c> 9</c>).
    /// </summary>
    internal static class VolumeIssuePagesParser
    {
        private const string Month = @"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?";

        private static readonly Regex LabelledStart = CitationRegex.Create(
            @",\s*(?=(?:vol(?:ume)?\.?\s*[A-Za-z]?\d|no\.\s*\S|pp?\.\s*[A-Za-z]?\d|art(?:icle)?\.?\s*no\.))",
            RegexOptions.IgnoreCase);

        private static readonly Regex LabelledVolume = CitationRegex.Create(@"^vol(?:ume)?\.?\s*(?<value>[A-Za-z0-9\-–]+)$", RegexOptions.IgnoreCase);

        private static readonly Regex LabelledIssue = CitationRegex.Create(@"^(?:no|iss|issue)\.?\s*(?<value>[A-Za-z0-9\-–/]+)$", RegexOptions.IgnoreCase);

        private static readonly Regex DateYear = CitationRegex.Create(
            @"^(?:\d{1,2}\s+)?(?:" + Month + @"(?:\s*[–\-/]\s*" + Month + @")?\s+)?(?:\d{1,2},\s*)?(?<year>\d{4})$");

        private static readonly Regex NotesTail = CitationRegex.Create(
            @"^(?<head>.+?)\s+(?<volume>\d{1,4}[A-Za-z]?)(?:,\s*no\.\s*(?<issue>[^\s(,]+))?\s*\((?:[^()\d]*\s)?(?<year>\d{4})\)(?:\s*:\s*(?<locator>[^:]+?))?\s*\.?$");

        private static readonly Regex BareTail = CitationRegex.Create(
            @"^(?<head>.*?)(?:,\s*|\s+)(?<volume>\d{1,4}(?:[–\-]\d{1,4})?[A-Za-z]?)(?:\s*\((?<issue>[^()]{1,30})\))?(?:\s*[,:]\s*(?<locator>[^,:]+?))?\s*\.?$");

        public static VolumeIssuePages Parse(string text)
        {
            text = text.Trim();
            // Chicago notes' "14, no. 2 (2021)" also has a ", no." label, so the stricter notes shape is tried first.
            return TryNotes(text, out var tail) || TryLabelled(text, out tail) || TryBare(text, out tail)
                ? tail
                : new VolumeIssuePages(text, null, null, null, null, null, false);
        }

        private static bool TryLabelled(string text, out VolumeIssuePages tail)
        {
            tail = default;
            var start = LabelledStart.Match(text);
            if (!start.Success)
            {
                return false;
            }

            string? volume = null, issue = null, pages = null, article = null;
            int? year = null;
            var unread = false;
            foreach (var raw in text.Substring(start.Index + start.Length).Split(','))
            {
                var piece = raw.Trim().TrimEnd('.').Trim();
                Match match;
                if (piece.Length == 0)
                {
                    continue;
                }
                else if ((match = LabelledVolume.Match(piece)).Success)
                {
                    volume = match.Groups["value"].Value;
                }
                else if (piece.StartsWith("no", System.StringComparison.OrdinalIgnoreCase) && (match = LabelledIssue.Match(piece)).Success)
                {
                    issue = match.Groups["value"].Value;
                }
                else if ((match = DateYear.Match(piece)).Success)
                {
                    year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
                }
                else if (!PagesOrArticleNumber.TryRead(piece, out var piecePages, out var pieceArticle))
                {
                    unread = true;
                }
                else
                {
                    pages ??= piecePages;
                    article ??= pieceArticle;
                }
            }

            tail = new VolumeIssuePages(text.Substring(0, start.Index), volume, issue, pages, article, year, unread);
            return true;
        }

        private static bool TryNotes(string text, out VolumeIssuePages tail)
        {
            tail = default;
            var match = NotesTail.Match(text);
            if (!match.Success)
            {
                return false;
            }

            tail = WithLocator(match, int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture));
            return true;
        }

        private static bool TryBare(string text, out VolumeIssuePages tail)
        {
            tail = default;
            var match = BareTail.Match(text);
            if (!match.Success || match.Groups["head"].Length == 0)
            {
                return false;
            }

            tail = WithLocator(match, null);
            return true;
        }

        private static VolumeIssuePages WithLocator(Match match, int? year)
        {
            string? pages = null, article = null;
            var unread = false;
            var locator = match.Groups["locator"];
            if (locator.Success && !PagesOrArticleNumber.TryRead(locator.Value, out pages, out article))
            {
                unread = true;
            }

            var issue = match.Groups["issue"].Success ? match.Groups["issue"].Value.Trim() : null;
            return new VolumeIssuePages(match.Groups["head"].Value, match.Groups["volume"].Value, issue, pages, article, year, unread);
        }
    }
}
