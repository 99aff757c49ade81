using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// Reads APA 7th edition as Chinese-language journals in Taiwan, Hong Kong and mainland China print it, with the
    /// authors in characters: <c>蔡明哲、許家豪、林怡君（2019）。標題。大氣科學，47（2），115–140。</c> Every part is a
    /// sentence closed by 。, and the sentences after the title tell the kind: a journal with its volume, 發表於 a meeting,
    /// 載於 a book or proceedings, a publisher alone (a book), or the degree and university in the title's brackets (a thesis).
    /// </summary>
    internal static class ApaChineseCitationReader
    {
        // The authors in characters, then the year (or a status) in full- or half-width brackets, then 。 ("2016年11月" is a meeting's date).
        private static readonly Regex Head = CitationRegex.Create(
            @"^(?<authors>[\p{IsCJKUnifiedIdeographs}、與和及与等\s]+?)\s*[（(]\s*(?:(?<year>(?:19|20)\d\d)[a-z]?(?:年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?|(?<status>印行中|付印中|審查中|审查中|出版中|接受刊登))\s*[）)]\s*[。.]\s*(?<rest>.*)$");

        // A thesis names its degree and university in brackets after its title: "（碩士論文，國立臺灣大學）", "〔博士論文，國立成功大學〕".
        private static readonly Regex ThesisMark = CitationRegex.Create(
            @"\s*[（(〔\[](?:碩士|博士|硕士)(?:學位)?(?:論文|论文)[，,、]\s*(?<university>[^）)〕\]]+)[）)〕\]]$");

        // A report prints its number in brackets after its title: "（EPA-108-FA11-03-A045）", "（報告編號：104-5226904000-01-02）".
        private static readonly Regex ReportNumber = CitationRegex.Create(
            @"\s*[（(](?:(?:報告|报告|計畫|计划)編號|(?:報告|报告|計畫|计划)编号)?[：:]?\s*(?<number>[A-Za-z\d][A-Za-z\d\-–/.]*\d[A-Za-z\d\-–/.]*)[）)]$");

        // A journal's details: "大氣科學，47（2），115–140", "地理學報,95,1-28", "台灣衛誌，41（5），e111015".
        private static readonly Regex JournalDetails = CitationRegex.Create(
            @"^(?<journal>.+?)\s*[，,]\s*(?<volume>\d+[A-Za-z]?)\s*(?:[（(]\s*(?<issue>[^）)]+?)\s*[）)])?(?:\s*[，,]\s*(?:(?<pages>\d+\s*[–\-—~]\s*\d+)|(?<number>[A-Za-z]{0,3}\d+)))?$");

        // Where a paper in a book or proceedings is printed: "…（頁213–245）", "…（第2版，页55–78）".
        private static readonly Regex PagesInBrackets = CitationRegex.Create(@"\s*[（(](?:[^（）()]*?[，,]\s*)?[頁页]\s*(?<pages>\d+\s*[–\-—~]\s*\d+|\d+)[）)]$");

        // The editors of a book named before it: "王小明（主編），", "陆大道、樊杰（主编），", "簡連貴、許泰文（編），".
        private static readonly Regex Editors = CitationRegex.Create(@"^[^，,（(]+?[（(](?:主編|主编|編|编|編著|编著)[）)]\s*[，,]\s*");

        // An edition printed after a book's title is no part of it: "（2版）", "（第2版）", "（修訂版）".
        private static readonly Regex Edition = CitationRegex.Create(@"\s*[（(](?:第?\s*\d+\s*版|修訂版|修订版|增訂版|增订版)[）)]$");

        // A remark in brackets after the last sentence, or as a sentence of its own: "（邀稿專章）".
        private static readonly Regex TrailingRemark = CitationRegex.Create(@"[（(](?<remark>[^（）()]+)[）)]$");

        // A journal's name ends with the word for what it is: 學報, 學刊, 期刊, 雜誌, 季刊, 通訊 … ("大氣科學" needs its volume to tell).
        private static readonly Regex JournalName = CitationRegex.Create(@"(?:學報|学报|學刊|学刊|期刊|雜誌|杂志|季刊|月刊|半年刊|通報|通报|通訊|通讯|評論|评论|Journal|Review|Letters)$", RegexOptions.IgnoreCase);

        private static readonly Regex Meeting = CitationRegex.Create(@"研討會|研讨会|年會|年会|會議|会议|論文集|论文集|摘要集|論壇|论坛|Symposium|Conference", RegexOptions.IgnoreCase);

        public static bool TryRead(CleanCitation clean, out ParsedCitation citation)
        {
            citation = ParsedCitation.Unrecognized;
            var head = Head.Match(clean.Text.Trim());
            if (!head.Success || !TryReadAuthors(head.Groups["authors"].Value, out var authors))
            {
                return false;
            }

            // The style ends its sentences with 。; a citation typed with '.' alone ("王小明(2019). Title. Journal, 32(4), 100-120.")
            // is for the general parser, which reads Latin punctuation.
            var rest = head.Groups["rest"].Value;
            if (rest.IndexOf('。') < 0)
            {
                return false;
            }

            var sentences = new List<string>(rest.Split(new[] { '。' }, StringSplitOptions.RemoveEmptyEntries));
            sentences.RemoveAll(s => s.Trim().Length == 0);
            if (sentences.Count == 0)
            {
                return false;
            }

            var note = clean.Note;
            if (sentences.Count > 1 && TrailingRemark.Match(sentences[sentences.Count - 1].Trim()) is { Success: true } remarkSentence && remarkSentence.Index == 0)
            {
                note ??= remarkSentence.Groups["remark"].Value.Trim();
                sentences.RemoveAt(sentences.Count - 1);
            }

            var status = head.Groups["status"].Success ? head.Groups["status"].Value : null;
            note ??= status;
            int? year = head.Groups["year"].Success ? DecimalNumber.Parse(head.Groups["year"].Value) : null;
            var title = sentences[0].Trim();
            var after = sentences.Count > 1 ? sentences[1].Trim() : null;
            string? container = null;
            var details = new SourceDetails { Year = year };
            var kind = PublicationKind.Article;
            if (ThesisMark.Match(title) is { Success: true } thesis)
            {
                (kind, title, container) = (PublicationKind.Thesis, title.Substring(0, thesis.Index).Trim(), thesis.Groups["university"].Value.Trim());
            }
            else if (ReportNumber.Match(title) is { Success: true } report)
            {
                (kind, title, container) = (PublicationKind.Report, title.Substring(0, report.Index).Trim(), after);
                details = details with { ArticleNumber = report.Groups["number"].Value };
            }
            else if (after is not null && (after.StartsWith("發表於", StringComparison.Ordinal) || after.StartsWith("发表于", StringComparison.Ordinal)))
            {
                // "發表於第33屆測量及空間資訊研討會，新竹市": the meeting, then its place.
                kind = PublicationKind.Conference;
                var meeting = after.Substring(3).Trim();
                var comma = meeting.IndexOfAny(new[] { '，', ',' });
                container = comma > 0 ? meeting.Substring(0, comma).Trim() : meeting;
            }
            else if (after is not null && (after.StartsWith("載於", StringComparison.Ordinal) || after.StartsWith("载于", StringComparison.Ordinal)))
            {
                var source = after.Substring(2).Trim();
                var editors = Editors.Match(source);
                source = editors.Success ? source.Substring(editors.Length) : source;
                // A place after the pages belongs to a meeting ("…摘要集（页88–89），南京市"), not to the book.
                var placeComma = source.LastIndexOfAny(new[] { '）', ')' });
                source = placeComma > 0 && placeComma < source.Length - 1 && source[placeComma + 1] is '，' or ',' ? source.Substring(0, placeComma + 1) : source;
                if (PagesInBrackets.Match(source) is { Success: true } pages)
                {
                    details = details with { Pages = pages.Groups["pages"].Value };
                    source = source.Substring(0, pages.Index);
                }

                container = source.Trim();
                kind = !editors.Success && Meeting.IsMatch(container) ? PublicationKind.Conference : PublicationKind.Chapter;
            }
            else if (after is not null && JournalDetails.Match(after) is { Success: true } journal)
            {
                container = journal.Groups["journal"].Value.Trim();
                details = details with
                {
                    Volume = journal.Groups["volume"].Value,
                    Issue = journal.Groups["issue"].Success ? journal.Groups["issue"].Value : null,
                    Pages = journal.Groups["pages"].Success ? journal.Groups["pages"].Value : null,
                    ArticleNumber = journal.Groups["number"].Success ? journal.Groups["number"].Value : null,
                };
            }
            else if (after is not null && status is not null)
            {
                // A paper not yet printed names its journal alone.
                container = after;
            }
            else if (after is not null && JournalName.IsMatch(after))
            {
                // A journal named with no volume yet ("臺灣社會學刊。"): an article, its details to come.
                container = after;
            }
            else if (after is not null && !HasDigit(after))
            {
                // A title and a publisher: a whole book, whose edition is no part of its title.
                kind = PublicationKind.Book;
                title = Edition.Replace(title, string.Empty).Trim();
            }
            else if (after is not null)
            {
                return false;
            }

            citation = ParsedCitationBuilder.Build(authors, year, title.Length == 0 ? null : title, container, details, kind, clean with { Note = note });
            return true;
        }

        /// <summary>Authors in characters joined by 、 (and 與, 和, 及 or 与 before the last), 等 when the list is cut.</summary>
        private static bool TryReadAuthors(string text, out AuthorList authors)
        {
            authors = AuthorList.None;
            text = text.Trim();
            var truncated = text.EndsWith("等", StringComparison.Ordinal);
            text = truncated ? text.Substring(0, text.Length - 1).TrimEnd('、', ' ') : text;
            var names = new List<ParsedAuthor>();
            foreach (var listed in text.Split('、'))
            {
                foreach (var name in SplitAtConjunction(listed.Trim()))
                {
                    if (!TrySplitName(name, out var family, out var given))
                    {
                        return false;
                    }

                    names.Add(new ParsedAuthor(family, given, false));
                }
            }

            authors = new AuthorList(names.ToEquatableArray(), truncated, names.Count > 0);
            return names.Count > 0;
        }

        /// <summary>"歐陽志宏與張簡文華": a conjunction joins two names when both sides are names' lengths; inside a name it is a character.</summary>
        private static IEnumerable<string> SplitAtConjunction(string text)
        {
            for (var i = 2; i <= text.Length - 3; i++)
            {
                if (text[i] is '與' or '和' or '及' or '与' && text.Length - i - 1 is >= 2 and <= 4 && i <= 4)
                {
                    return new[] { text.Substring(0, i), text.Substring(i + 1) };
                }
            }

            return new[] { text };
        }

        /// <summary>A one-character surname, or two when known as compound or when the name has four characters (張簡文華).</summary>
        private static bool TrySplitName(string name, out string family, out string given)
        {
            family = given = string.Empty;
            if (name.Length == 4 && PersonName.TrySplitChinese(name, out _, out _))
            {
                (family, given) = (name.Substring(0, 2), name.Substring(2));
                return true;
            }

            return PersonName.TrySplitChinese(name, out family, out given);
        }

        private static bool HasDigit(string text)
        {
            foreach (var c in text)
            {
                if (char.IsDigit(c))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
