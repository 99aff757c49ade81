using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// Reads the volume/issue/pages part at the end of a citation in any of the orders publishers print it: AGU's
    /// <c>45(18), 9546–9557</c>, IEEE's <c>vol. 14, no. 2, pp. 8537–8551, Aug. 2021</c>, Elsevier's <c>Volume 280, 2022,
    /// 113176</c>, Oxford's <c>Volume 232, Issue 2, February 2023, Pages 1234–1250</c>, MDPI's <c>2022, 14, 2310</c>,
    /// Frontiers' <c>10:957339</c>, Taylor &amp; Francis' <c>44:5, 1563-1589</c>, Springer's <c>361, 166–170 (2018)</c>,
    /// MLA's <c>45.18 (2018): 9546-9557</c>, Chicago's <c>45, no. 18 (2018): 9546-9557</c>, Vancouver's
    /// <c>2018 Sep 28;45(18):9546-57</c> and GB/T 7714's <c>2018, 45(18): 9546-9557</c>.
    /// </summary>
    /// <remarks>
    /// The part is the run of tokens at the end that are numbers, ranges, labels, months and short parenthesized
    /// values; it is then read left to right. A range is pages; a single value where pages go is an article number.
    /// </remarks>
    internal static class SourceDetailsParser
    {
        private static readonly Regex Year = CitationRegex.Create(@"^(?<year>1[89]\d\d|20\d\d)[a-z]?$");

        /// <summary>A year in parentheses, maybe with a month or day: <c>(2018)</c>, <c>(Aug. 2021)</c>.</summary>
        internal static readonly Regex ParenYear = CitationRegex.Create(@"^[(（]\s*(?:[\p{L}.]+\s+)?(?<year>1[89]\d\d|20\d\d)[a-z]?(?:\s*[,;]?\s*[\p{L}.\s\d–-]*)?[)）]$");

        // A meeting's days before their month ("Santiago, Chile, 9–13 January, Paper No. 4213") are no pages.
        private static readonly Regex DayRange = CitationRegex.Create(@"^(?:[1-9]|[12]\d|3[01])\s*[-–]\s*(?:[1-9]|[12]\d|3[01])$");

        private static readonly Regex LabelledIssueInParentheses = CitationRegex.Create(@"(?<=\d)\s*\((?:No|Issue|Iss|Nr)\.?\s*(?<issue>\w{1,6})\)(?=\s*[,.;:]|$)");

        /// <param name="text">The citation's body.</param>
        /// <param name="yearKnown">
        /// Whether the year was printed after the authors, so that one printed after a word with only a space is a name's
        /// (<c>(2021). Global … Report 2021. Geneva: …</c>), not the source's.
        /// </param>
        /// <summary>Whether a token is a year (<c>2021</c>, <c>2019a</c>), not a volume.</summary>
        public static bool IsYear(string text) => Year.IsMatch(text);

        public static SourceDetails Parse(string text, bool yearKnown = false)
        {
            // "Vol. 92 (No. 4), pp. …": an issue's label inside the parentheses, as hand-typed lists print it, reads as "Vol. 92, No. 4".
            text = LabelledIssueInParentheses.Replace(text.Trim(), ", No. ${issue}");
            var tokens = SourceTokenizer.Tokenize(text);
            var first = DetailsStart.Find(tokens, yearKnown);
            var head = first < tokens.Count ? text.Substring(0, tokens[first].Start).Trim() : text;
            var reader = new Reader(tokens.GetRange(first, tokens.Count - first));
            return FirstPage.Read(reader.Read() with { Head = head.TrimEnd(',', ';', ':', ' ') }, text, yearKnown);
        }

        private sealed class Reader
        {
            private readonly List<SourceToken> _tokens;
            private string? _volume;
            private string? _issue;
            private string? _pages;
            private string? _article;
            private int? _year;
            private bool _unread;

            public Reader(List<SourceToken> tokens) => _tokens = tokens;

            public SourceDetails Read()
            {
                for (var i = 0; i < _tokens.Count; i++)
                {
                    i = ReadAt(i);
                }

                return new SourceDetails
                {
                    Volume = _volume,
                    Issue = _issue,
                    Pages = _pages,
                    ArticleNumber = _article,
                    Year = _year,
                    HasUnreadText = _unread,
                };
            }

            /// <returns>The index of the last token read.</returns>
            private int ReadAt(int i)
            {
                var token = _tokens[i];
                var next = i + 1 < _tokens.Count ? _tokens[i + 1] : (SourceToken?)null;
                switch (token.Kind)
                {
                    case SourceTokenKind.VolumeLabel when next is { } value:
                        _volume = value.Text;
                        return i + 1;
                    case SourceTokenKind.IssueLabel when next is { } value:
                        _issue = value.Text;
                        return i + 1;
                    case SourceTokenKind.ArticleLabel when next is { Kind: SourceTokenKind.IssueLabel } && i + 2 < _tokens.Count:
                        _article = _tokens[i + 2].Text;
                        return i + 2;
                    case SourceTokenKind.ArticleLabel when next is { } value:
                        _article = value.Text;
                        return i + 1;
                    case SourceTokenKind.PagesLabel when next is { } value:
                        // ScienceDirect spells out "Page 1333" for a one-page item and prints article numbers bare, so its
                        // single page is a page; an abbreviated "p. 9123" where a meeting's pages go may be an identifier.
                        Place(value.Text, value.Kind == SourceTokenKind.Range || token.Text == "Page");
                        return i + 1;
                    case SourceTokenKind.PartLabel when next is { } value:
                        _issue = token.Text + " " + value.Text;
                        return i + 1;
                    case SourceTokenKind.Month:
                        return SkipDay(i);
                    case SourceTokenKind.Parenthesized:
                        ReadParenthesized(token);
                        return i;
                    case SourceTokenKind.Range when _volume is null && _pages is null && next is { Kind: SourceTokenKind.Parenthesized } && VolumeShape.IsVolumeAndIssueRange(token.Text):
                        // MLA's "62.3-4 (2018)": the volume, a full stop and a double issue, before the year.
                        _volume = token.Text.Substring(0, token.Text.IndexOf('.'));
                        _issue = token.Text.Substring(token.Text.IndexOf('.') + 1);
                        return i;
                    case SourceTokenKind.Range when _volume is null && _pages is null && next is { Kind: SourceTokenKind.Range or SourceTokenKind.Number }:
                        // "333–334, 91–100": a volume range before the pages.
                        _volume = token.Text;
                        return i;
                    case SourceTokenKind.Range when next is { Kind: SourceTokenKind.Month, Separator: ' ' } && DayRange.IsMatch(token.Text):
                        return i + 1;
                    case SourceTokenKind.Range when IsColonIssue(token, next):
                        // Taylor & Francis's "29:3-4, 345-360": a double issue after the volume's colon, the pages after it.
                        _issue = token.Text;
                        return i;
                    case SourceTokenKind.Range:
                        Place(token.Text, isRange: true);
                        return i;
                    case SourceTokenKind.Number:
                        ReadNumber(token, i, next);
                        return i;
                    default:
                        _unread = true;
                        return i;
                }
            }

            private void ReadNumber(SourceToken token, int i, SourceToken? next)
            {
                var yearMatch = Year.Match(token.Text);
                if (yearMatch.Success && _year is null && IsYearPosition(i, next))
                {
                    _year = DecimalNumber.Parse(yearMatch.Groups["year"].Value);
                    return;
                }

                if (yearMatch.Success && _year is not null && _volume is null && _pages is null && _article is null
                    && (next is { Kind: SourceTokenKind.Parenthesized } issue && IssueShape.InParentheses.IsMatch(issue.Text)
                        // Wiley-VCH's "Eur. J. Inorg. Chem. 2021, 2021, 1234–1240" and Science China's "…, 2016, 2016: 67": the year again, then the pages.
                        || token.Text == _year.Value.ToString(CultureInfo.InvariantCulture) && token.Separator == ',' && (next is { Kind: SourceTokenKind.Range } || next is { Kind: SourceTokenKind.Number, Separator: ':' })))
                {
                    // "2012;2012(1):329635": a journal that numbers its volumes by year prints the year again, with the issue.
                    _volume = token.Text;
                    return;
                }

                if (yearMatch.Success && i > 0 && _tokens[i - 1].Kind == SourceTokenKind.Month)
                {
                    // "INFOCOM 2022, pp. 1120–1129, May 2022": a year after a month dates the work; it was read already.
                    return;
                }

                if (_volume is null && _pages is null && _article is null && VolumeShape.CanBe(token.Text))
                {
                    // MLA prints volume and issue as "45.18".
                    var dot = token.Text.IndexOf('.');
                    if (dot > 0 && next is { Kind: SourceTokenKind.Parenthesized })
                    {
                        _volume = token.Text.Substring(0, dot);
                        _issue = token.Text.Substring(dot + 1);
                        return;
                    }

                    _volume = token.Text;
                    return;
                }

                // ACS's "Cite this:" line, "2021, 143, 12, 4567–4575": a short number between the volume and the page range is the issue.
                if (_volume is not null && _issue is null && _pages is null && _article is null && token.Separator == ',' && token.Text.Length <= 3
                    && token.Text.All(char.IsDigit) && next is { Kind: SourceTokenKind.Range, Separator: ',' } && i + 2 == _tokens.Count)
                {
                    _issue = token.Text;
                    return;
                }

                // After a volume and a colon, a value followed by more is the issue (44:5, 1563-1589); else it is where pages go.
                if (_volume is not null && _issue is null && _pages is null && _article is null && token.Separator == ':'
                    && next is { Kind: SourceTokenKind.Number or SourceTokenKind.Range } && next.Value.Separator != ':')
                {
                    _issue = token.Text;
                    return;
                }

                Place(token.Text, isRange: false);
            }

            /// <summary>A short range right after the volume's colon with the page range after it ("29:3-4, 345-360").</summary>
            private bool IsColonIssue(SourceToken token, SourceToken? next) =>
                _volume is not null && _issue is null && _pages is null && _article is null && token.Separator == ':'
                && token.Text.Length <= 5 && next is { Kind: SourceTokenKind.Range, Separator: ',' };

            private void ReadParenthesized(SourceToken token)
            {
                var yearMatch = ParenYear.Match(token.Text);
                if (yearMatch.Success && _year is null)
                {
                    _year = DecimalNumber.Parse(yearMatch.Groups["year"].Value);
                    return;
                }

                var issue = IssueShape.InParentheses.Match(token.Text);
                if (issue.Success && _issue is null)
                {
                    _issue = issue.Groups["issue"].Value.Trim();
                }
                else if (!yearMatch.Success)
                {
                    _unread = true;
                }
            }

            /// <summary>A year where styles print one: first (MDPI, GB/T, Vancouver), last (IEEE, Elsevier), or after the pages or a month.</summary>
            private bool IsYearPosition(int i, SourceToken? next) =>
                // Springer Nature's "BMC Public Health 21, 1834 (2021)": the year in parentheses after a number dates the work, not the number.
                !(next is { Kind: SourceTokenKind.Parenthesized } dated && ParenYear.IsMatch(dated.Text)) && (
                i == 0 || next is null || next.Value.Kind == SourceTokenKind.Month
                || (i > 0 && _tokens[i - 1].Kind == SourceTokenKind.Month)
                || _volume is not null || _pages is not null || _article is not null);

            private int SkipDay(int i)
            {
                var next = i + 1 < _tokens.Count ? _tokens[i + 1] : (SourceToken?)null;
                return next is { Kind: SourceTokenKind.Number } day && day.Text.Length <= 2 && day.Separator == ' '
                    && int.TryParse(day.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= 31
                    ? i + 1
                    : i;
            }

            private void Place(string value, bool isRange)
            {
                if (isRange && _pages is null)
                {
                    _pages = value;
                }
                else if (!isRange && _article is null)
                {
                    _article = value;
                }
                else
                {
                    _unread = true;
                }
            }
        }
    }
}
