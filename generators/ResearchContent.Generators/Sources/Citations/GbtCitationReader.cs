using System;
using System.Linq;
using System.Text.RegularExpressions;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// Reads China's national citation standard, GB/T 7714-2015, in English and in Chinese:
    /// <c>刘睿, 王腾. 标题[J]. 地球物理学报, 2023, 66(7): 1583-1602.</c> The type code after the title gives the kind:
    /// <c>[J]</c> article, <c>[C]</c> conference paper, <c>[M]</c> book (<c>[M]//</c> a chapter of one),
    /// <c>[D]</c> thesis, <c>[R]</c> report.
    /// </summary>
    internal static class GbtCitationReader
    {
        private static readonly Regex TypeCode = CitationRegex.Create(@"\[(?<code>[JCMDRANPSZG]|EB|DB|CP|DS)(?:/OL)?\](?<part>//)?");

        // The imprint that ends a [C], [M], [D] or [R]: "Place: Publisher, 2022: 1120-1121", an abstract's number after the
        // year ("Vienna, 2022: EGU22-4417"), or a volume between them ("Amsterdam: SPIE, 2014, 9243: 924306", "…, 11154: 111540F");
        // a proceedings paper may print only the year and pages ("…(CVPR). 2022: 12345-12354"). A full stop after a Chinese
        // character ends a sentence, so "论文集. 武汉, 2016" keeps the proceedings out of the place.
        private static readonly Regex Imprint = CitationRegex.Create(@"(?:^|(?<=\.\s))(?:(?:(?<place>[^:.]+?):\s*)?(?<publisher>(?:(?!(?<=\p{Ll}\p{Ll}|\p{Lo}|\d|\))\.\s)[^,:])+?),\s*)?(?<year>\d{4})(?:,\s*(?<volume>\d{1,5}))?(?::\s*(?:(?<pages>[\d\-–]+)|(?<number>\p{Lu}{1,6}\d[\w\-]*|\d+\p{Lu}\d*)))?\.?$");

        // A standard's, patent's or report's number printed after the title: "…surveys: GB/T 18314-2009[S]",
        // "…network: CN113945934A[P]", "…interferometry: Professional Paper 1678-A[R]" (the series is no field).
        private static readonly Regex NumberAfterTitle = CitationRegex.Create(
            // An agency's document number is its name's parts and a number: "…malaria: WHO/UCN/GMP/2023.01[R]". The number is
            // in Latin letters, so a map's scale in a Chinese title ("中国陆地1:100万数字地貌…") is no number.
            @":\s*(?:(?:Professional\s+Paper|Open[-\s]File\s+Report|Scientific\s+Investigations\s+Report|Circular|Bulletin|Technical\s+Report|Report)\s+)?(?<number>(?:(?:GB/T|GB|ISO|IEC|IEEE|CH/T|JGJ|CN|US|EP|WO|JP)\s?)?(?:[A-Z]{2,6}/)*[A-Z]{0,3}\d[A-Za-z\d_\-–—./:]*)$");

        // A report's series and number printed after the imprint instead: "…[R]. Reston: U.S. Geological Survey, 2013. Open-File
        // Report 2013-1165." The series is no field.
        private static readonly Regex SeriesNumberAtEnd = CitationRegex.Create(
            @"(?<=\.)\s+(?:Professional\s+Paper|Open[-\s]File\s+Report|Scientific\s+Investigations\s+Report|Circular|Bulletin|Fact\s+Sheet|Data\s+Series|Technical\s+Report|Report)\s+(?:No\.\s*)?(?<number>[A-Z]{0,3}\d[A-Za-z\d\-–]*)\.?$");

        // A proceedings volume printed with the proceedings, before the imprint: "[C]//Remote Sensing of Clouds and the
        // Atmosphere XXVI: Vol. 11859. Bellingham: SPIE", "…Spatial Information Sciences: Volume XLIII-B3-2020. Nice: ISPRS".
        private static readonly Regex ProceedingsVolume = CitationRegex.Create(@"[:,]\s*Vol(?:ume)?\.?\s*(?<volume>[IVXL\d][A-Za-z\d\-/]*)\.?\s*$");

        // A newspaper's date and page: "China Daily, 2023-04-15(5)". The page is where a single value goes, an article number.
        private static readonly Regex NewspaperIssue = CitationRegex.Create(@"^(?<paper>.+?),\s*(?<year>(?:19|20)\d\d)-\d{1,2}-\d{1,2}\s*\((?<page>[^()]+)\)\.?$");

        // A date printed whole: a patent's "2022-01-18", an online source's "(2023-02-06)".
        private static readonly Regex FullDate = CitationRegex.Create(@"\b(?<year>(?:19|20)\d\d)-\d{1,2}-\d{1,2}\b");

        public static bool TryRead(CleanCitation clean, out ParsedCitation citation)
        {
            citation = ParsedCitation.Unrecognized;
            var match = TypeCode.Match(clean.Text);
            if (!match.Success || match.Index == 0)
            {
                return false;
            }

            var before = clean.Text.Substring(0, match.Index);
            var after = FullWidth.ToAscii(clean.Text.Substring(match.Index + match.Length)).Trim().TrimStart('.').Trim();
            var split = AuthorsEnd(before);
            if (split < 0)
            {
                return false;
            }

            var authors = AuthorListParser.Parse(FullWidth.ToAscii(before.Substring(0, split + (EndsWithDottedInitial(before, split) ? 1 : 0))));
            var title = before.Substring(split + 1).Trim();
            var kind = KindOf(match.Groups["code"].Value, match.Groups["part"].Success);
            // An online source's or database's title may end in its own identifier ("…definition: S1-RS-MDA-52-7440[EB/OL]"):
            // only reports, standards and patents print a number after the title.
            var number = kind == PublicationKind.Report && !IsOnlineSource(match.Groups["code"].Value) ? NumberAfterTitle.Match(title) : Match.Empty;
            var seriesNumber = kind == PublicationKind.Report ? SeriesNumberAtEnd.Match(after) : Match.Empty;
            after = seriesNumber.Success ? after.Substring(0, seriesNumber.Index).TrimEnd() : after;
            title = number.Success ? title.Substring(0, number.Index).TrimEnd() : title;
            string? container = null;
            var details = new SourceDetails();
            if (kind is PublicationKind.Article && match.Groups["code"].Value == "N" && NewspaperIssue.Match(after) is { Success: true } newspaper)
            {
                details = new SourceDetails { Year = DecimalNumber.Parse(newspaper.Groups["year"].Value), ArticleNumber = newspaper.Groups["page"].Value.Trim() };
                container = ContainerName.Clean(newspaper.Groups["paper"].Value);
            }
            else if (kind is PublicationKind.Article)
            {
                details = SourceDetailsParser.Parse(after);
                container = ContainerName.Clean(details.Head);
            }
            else
            {
                // The container is the sentence before "Place: Publisher, Year"; an editor's name comes first in a chapter.
                var imprint = Imprint.Match(after);
                var beforeImprint = imprint.Success ? after.Substring(0, imprint.Index) : after;
                var proceedingsVolume = kind == PublicationKind.Conference ? ProceedingsVolume.Match(beforeImprint) : Match.Empty;
                beforeImprint = proceedingsVolume.Success ? beforeImprint.Substring(0, proceedingsVolume.Index) : beforeImprint;
                var sentences = beforeImprint.Split(new[] { ". " }, System.StringSplitOptions.RemoveEmptyEntries);
                if (imprint.Success)
                {
                    details = new SourceDetails
                    {
                        Year = DecimalNumber.Parse(imprint.Groups["year"].Value),
                        Volume = imprint.Groups["volume"].Success ? imprint.Groups["volume"].Value : null,
                        Pages = imprint.Groups["pages"].Success && !IsArticleNumber(imprint) ? imprint.Groups["pages"].Value : null,
                        ArticleNumber = imprint.Groups["number"].Success ? imprint.Groups["number"].Value : IsArticleNumber(imprint) ? imprint.Groups["pages"].Value : null,
                    };
                    if (kind == PublicationKind.Conference && IsNumber(imprint.Groups["publisher"].Value))
                    {
                        // "AGU Fall Meeting Abstracts. 2019, 2019: G23A-0611": a volume, not a publisher, before the year.
                        details = details with { Volume = imprint.Groups["publisher"].Value.Trim() };
                    }
                }

                if (proceedingsVolume.Success && details.Volume is null)
                {
                    details = details with { Volume = proceedingsVolume.Groups["volume"].Value };
                }

                container = kind switch
                {
                    PublicationKind.Thesis or PublicationKind.Report => imprint.Success ? imprint.Groups["publisher"].Value.Trim() : null,
                    // "[C]//中国电机工程学会. 2019年…论文集. 北京: …": the body that organized the meeting, as a chapter's editor, comes first.
                    PublicationKind.Conference => sentences.Length > 1 && IsEditor(sentences[0]) ? sentences[1].Trim()
                        : sentences.Length > 0 ? sentences[0].Trim().TrimStart('/').Trim() : null,
                    PublicationKind.Chapter => sentences.Length > 1 ? sentences[1].Trim() : null,
                    _ => null,
                };
            }

            if (number.Success || seriesNumber.Success)
            {
                details = details with { ArticleNumber = (number.Success ? number : seriesNumber).Groups["number"].Value };
            }

            if (details.Year is null && FullDate.Match(after) is { Success: true } date)
            {
                details = details with { Year = DecimalNumber.Parse(date.Groups["year"].Value) };
            }

            if (clean.ArticleId is not null)
            {
                // "arXiv preprint arXiv:2010.11929, 2020" after [J]: the cleaner took out the server and the identifier.
                container ??= clean.Container;
                details = details with { ArticleNumber = clean.ArticleId };
            }

            citation = ParsedCitationBuilder.Build(authors, details.Year, title.Length == 0 ? null : title, container, details, kind, clean);
            return true;
        }

        /// <summary>Where the author list ends: the first full stop after it (after "et al." or "等" when the list is cut).</summary>
        private static int AuthorsEnd(string before)
        {
            for (var i = 0; i < Math.Min(before.Length, 2000); i++)
            {
                if (before[i] is '.' or '．' && !InsideList(before, i) && AuthorListParser.Parse(FullWidth.ToAscii(before.Substring(0, i))).Success)
                {
                    return i;
                }
            }

            return -1;
        }

        // An initial's full stop that the list goes on after: "Wang T., Wei S., et al. Title", "LIU Y. et al. Title".
        private static readonly Regex ListGoesOn = CitationRegex.Create(@"^(?:,|\s*et\s+al\b)");

        private static bool InsideList(string before, int i) => ListGoesOn.IsMatch(before.Substring(i + 1));

        // A list that prints its initials with full stops ("Wang, T., Jónsson, S. Title[J]") ends on the last initial's own.
        private static readonly Regex DottedInitial = CitationRegex.Create(@"\b\p{Lu}\.,\s");

        private static bool EndsWithDottedInitial(string before, int end) =>
            end >= 2 && char.IsUpper(before[end - 1]) && !char.IsLetter(before[end - 2]) && DottedInitial.IsMatch(before.Substring(0, end));

        /// <summary>Whether the sentence after "//" names people or a body, the book's editors, rather than the book.</summary>
        private static bool IsEditor(string sentence)
        {
            var text = FullWidth.ToAscii(sentence.Trim().TrimStart('/').Trim());
            return OrganizationName.IsOrganization(text) || AuthorListParser.Parse(text).Success;
        }

        /// <summary>A volume's single number where pages go ("SPIE, 2014, 9243: 924306") is an article number, not a page.</summary>
        private static bool IsArticleNumber(Match imprint) =>
            imprint.Groups["volume"].Success && imprint.Groups["pages"].Success && imprint.Groups["pages"].Value.IndexOfAny(new[] { '-', '–' }) < 0;

        private static bool IsNumber(string text)
        {
            text = text.Trim();
            return text.Length > 0 && text.All(char.IsDigit);
        }

        private static bool IsOnlineSource(string code) => code is "EB" or "DB" or "CP";

        private static PublicationKind KindOf(string code, bool isPart) => code switch
        {
            "C" or "A" => PublicationKind.Conference,
            "M" => isPart ? PublicationKind.Chapter : PublicationKind.Book,
            "D" => PublicationKind.Thesis,
            // Reports, and what GB/T 7714 types beside them that has no kind of ours: online sources, software,
            // standards, patents and databases are all published like reports, by whoever issues them.
            "R" or "DS" or "EB" or "Z" or "S" or "P" or "DB" or "CP" => PublicationKind.Report,
            _ => PublicationKind.Article,
        };
    }
}
