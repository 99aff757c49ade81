using System.Text.RegularExpressions;
using ResearchContent.Generators.Model;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// A chapter or a proceedings paper: <c>In</c> (or <c>in</c>, <c>In:</c>) before a book that editors, a publisher or a
    /// page range in parentheses mark as one: <c>In S. Burchardt (Ed.), Book (pp. 1–2). Springer.</c>,
    /// <c>In: Chen J, Sun H, eds. Book. Beijing: Science Press. 45–78</c>, <c>in Book, eds S. Kenyon … (Berlin: Springer), 711–7</c>,
    /// <c>In Book; Margottini, C., Eds.; Springer: Berlin, 2013; pp. 155–161</c>, <c>, in Book, D. Dzurisin (Editor), …</c>,
    /// Copernicus' <c>in Book, edited by Shuval, H. and Dweik, H., Springer, Berlin, 255–266, 2007</c>.
    /// A journal after "in" (IEEE's <c>in IEEE Transactions on …</c>) is none of these.
    /// </summary>
    internal static class ChapterShape
    {
        // A hand-edited list may number the chapter before "in": "'Title', Chapter 7 in: Editor (ed.) Book", or give its pages
        // there: "Title. pp. 201-230 in: Editor (ed.), Book, Publisher, City, 2017."
        private static readonly Regex In = CitationRegex.Create(@"(?:^|[.,;?!]\s*)(?:Chapter\s+\d{1,3}\s+|(?<pages>pp?\.\s*\d+\s*[–\-]\s*\d+)\s+)?(?:In|in)(?::\s*|\s+)(?=\S)");

        // Springer cuts a long list of editors with "et al." and then prints no mark: "In: Greenspan, H., et al. Medical Image Computing …".
        private static readonly Regex LeadingEditors = CitationRegex.Create(
            @"^(?<names>[^()]{1,300}?)\s*(?:\((?:Eds?|eds?|Editors?|Hrsg)\.?\)|,\s*eds?\.|,\s*et\s+al\.(?=\s+\p{Lu})(?!\s*\())[,.]?\s+");

        // SSA writes the mark out after the editors, who follow the book: "in Earthquake Seismology, H. Kanamori (Editor), …".
        // The book is no editor's name, though two capitalized words read like one.
        private static readonly Regex EditorsAfterBook = CitationRegex.Create(@"^[^(),]+,\s+\p{Lu}\.[^()]*\((?:Editor|Editors)\)");

        // What marks a book: its editors, or its pages and volume in parentheses (a journal's come bare). Wiley Online Library names
        // the editors after the mark, undotted: "In Book (eds R.W. Tiner, M.W. Lang and V.V. Klemas), 145-172", "In Book (ed E. Fukuyama).".
        private static readonly Regex Marks = CitationRegex.Create(
            @"\((?:Eds?|eds?|Editors?|Hrsg)\.?\)|\(eds?\s+\p{Lu}|,\s*eds?\.?\s|,\s*edited\s+by\s|;\s*[^;]+,\s*Eds?\.;|\((?:pp?\.|Vol\.)");

        // Where the book's title ends: parentheses with pages, volume, edition or an imprint; a sentence; a list of
        // editors (IEEE's ", Y. Yamaguchi, Ed.", SSA's ", S. Das, J. Boatwright, and C. H. Scholz (Editors)"); a page label; a series; a publisher; a place and its colon ("…, Beijing:
        // China Meteorological Press", IEEE's "…, Norwood, MA, USA: Artech House"); a bare page range at the end ("In Proceedings of IGARSS 2021, 5512-5515.")
        // or before Chicago's imprint (", 1–6. Kaifeng: IEEE."); Springer's undotted "pp 2345–2348".
        private static readonly Regex BookEnd = CitationRegex.Create(
            @"\s*\((?:pp?\.|Vol\.|eds?\s+\p{Lu}|\d+(?:st|nd|rd|th)\s+ed|[^()]{1,120}?,\s*(?:Vol\.|pp?\.)\s*\d|[\p{L} ,]+:\s|[\p{L} ]+,\s*\d{4})|(?<!\bProc|\bConf|\bSymp|\bInt)\.\s+|;\s+(?!\d+(?:st|nd|rd|th)\s)|,\s*eds?\.?\s|,\s*edited\s+by\s|,\s*(?:pp?|[Vv]ol)(?:\.|\s(?=\d))|,\s*(?:pages?|Paper\s+No\.?)\s|,\s*[\p{L}.\s]+\((?:Editors?|Eds?\.?)\)|,\s*(?:\p{Lu}\.[\s\-]?)+\p{Lu}[\p{L}.,\s\-]*?\((?:Editors?|Eds?\.?)\)|,\s*[\p{L}.'\-\s]+?,\s*Eds?\.(?:\s|$)|,\s*[\p{L}\-\s]*(?:Series|Books|Press|Publishing|Publishers)\b|,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?(?:,\s*\p{Lu}{2})?(?:,\s*(?:USA|UK|U\.S\.A\.|U\.K\.))?:\s|,\s*\d+\s*[–\-]\s*\d+\s*\.?\s*$|,\s*\d+\s*[–\-]\s*\d+\.\s+\p{Lu}[\p{L} ,.]*:\s*\p{Lu}"
            // Oxford Academic's series between the book and its imprint: "…, The Oxford Handbook of …, Oxford Handbooks (New York, 2014; online edn, …)".
            + @"|,\s*(?:\p{Lu}\p{L}*\s+)*(?:Handbooks|Series|Studies|Monographs|Library|Classics|Texts)\b[^,()]*(?=\s*\([^()]*;\s*online\s+edn)"
            // A hand-typed imprint, publisher, place and year after commas: "…, Book, Asakura, Tokyo, 2017", or the publisher and
            // year alone before the pages: "…, Book, Springer, 2015, pp 341–350".
            + @"|,\s*\p{Lu}[\p{L}'’&\-]*(?:\s+\p{Lu}[\p{L}'’&\-]*){0,3},\s*\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2},\s*(?:1[5-9]|20)\d\d\b"
            + @"|,\s*\p{Lu}[\p{L}'’&\-]*(?:\s+\p{Lu}[\p{L}'’&\-]*){0,3},\s*(?:1[5-9]|20)\d\d,\s*pp?\.?\s\d");

        // Pages "pp. 155–161", Springer's "pp 341--345", ACM's "pages 1234–1243", a bare range at the end, or a single identifier
        // where pages go ("(p. 9123)", "p. 115330F", a world conference's "Paper No. 2c-0045", IEEE's "Art. no. 111540F",
        // a meeting abstract's number the cleaner labelled: "In Proceedings of the AGU Fall Meeting 2014, …; Art. no. G33A-0461.").
        private static readonly Regex Pages = CitationRegex.Create(@"\b(?:pp?(?:\.|\s(?=\d))|pages?\s(?=\d)|Paper\s+No\.?\s|Art\.\s*no\.\s|S\.\s(?=\d))\s*(?<pages>[\w\-–]+(?:\s*[–\-]\s*[\w]+)?)|(?<pages>\b\d+\s*[–\-]\s*\d+)(?:,\s*(?:19|20)\d\d)?\s*\.?\s*$|\),\s*(?<pages>[\dA-Z]*\d[\dA-Z]*)\s*\.?\s*$"
            // Chicago's chapter: "In Book, edited by A and B, 45–67. London: Routledge.", the pages before the imprint.
            + @"|,\s*(?<pages>\d+\s*[–\-]\s*\d+)\.\s+\p{Lu}[\p{L} ,.]*:\s*\p{Lu}[\p{L}&.'’ \-]*\.?\s*$");

        private static readonly Regex PageRange = CitationRegex.Create(@"^\p{L}?\d+\s*[–\-]{1,2}\s*\p{L}?\d+$");

        private static readonly Regex Year = CitationRegex.Create(@"\b(?<year>(?:19|20)\d\d)\b");

        // "Vol. 10789", or MDPI's proceedings volume after the meeting's date: "…2020; Volume XLIII-B3-2020, pp. 123–130" (a
        // lowercase "volume 1" is the book title's own).
        private static readonly Regex Volume = CitationRegex.Create(@"(?:\b[Vv]ol\.|(?<=[;,]\s)Volume\b)\s*(?<volume>[\w\-]+)(?:,\s*No\.\s*(?<issue>\w+))?");

        // A book series named before the volume: "LNCS, vol. 9908", "Lecture Notes in Computer Science, vol 13801". The
        // volume is the series', which is no field of ours.
        private static readonly Regex SeriesBeforeVolume = CitationRegex.Create(@"(?:\bLN[A-Z]{1,2}|\bCCIS|Lecture\s+Notes\s+in\s+[\p{L} ]+|Series|Books)\s*,\s*$");

        // Springer prints a proceedings volume's conference by its acronym and year after the book: "In: … (eds) Image Analysis
        // and Processing – ICIAP 2022. ICIAP 2022. Lecture Notes in Computer Science, vol 13231. Springer, Cham."
        private static readonly Regex ConferenceAcronym = CitationRegex.Create(@"^\.\s+\p{Lu}[\p{L}\d\-]*\p{Lu}[\p{L}\d\-]*\s+(?:19|20)\d\d\.");

        // Vancouver dates the proceedings after its name: "…Symposium 2022 Jul 17", and at the very end with its full stop
        // when nothing follows ("InInternational Conference on Learning Representations 2019 May 6.").
        private static readonly Regex ProceedingsDate = CitationRegex.Create(
            @"\s+(?<year>\d{4})\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{1,2})?\.?$");

        // Google Scholar's Vancouver export dates a book by a bare year after its name, before its pages or at the end:
        // "InBook 2013 (pp. 155-161)", "InInternational Conference on Learning Representations 2019.".
        private static readonly Regex TrailingYear = CitationRegex.Create(@"\s+(?<year>(?:19|20)\d\d)$");

        private static readonly Regex AcronymYear = CitationRegex.Create(@"^\p{Lu}{2,}[\p{Lu}\d'’\-]*\s+(?:19|20)\d\d$");

        private static readonly Regex JournalName = CitationRegex.Create(@"\b(?:Journal|Trans(?:actions)?\b|Letters|Lett\.|Magazine|Review|Bulletin|Proceedings\s+of\s+the\s+(?:IEEE|National|Royal))");

        public static bool TryRead(string body, out WorkShape shape)
        {
            shape = new WorkShape { Body = body };
            for (var match = In.Match(body); match.Success; match = match.NextMatch())
            {
                var rest = body.Substring(match.Index + match.Length);
                rest = match.Groups["pages"].Success ? rest.TrimEnd('.', ' ') + ", " + match.Groups["pages"].Value : rest;
                var marked = Marks.IsMatch(rest);
                var book = BookTitle(rest);
                // "in IEEE Trans. …" is IEEE's journal; "In Proc. …" and Elsevier-Harvard's "in: Proc. …" are proceedings.
                var word = match.Value.TrimStart(',', '.', ';', '?', '!', ' ');
                // GJI's ", in EUSAR 2012; 9th European Conference …, pp. 730–733" names its proceedings after the title's comma.
                var proceedings = (word.StartsWith("In", System.StringComparison.Ordinal) || word.StartsWith("in:", System.StringComparison.Ordinal)
                    || match.Value.StartsWith(",", System.StringComparison.Ordinal)) && WorkShapeReader.IsConference(book);
                if (!marked && !proceedings && !HasPublisher(rest))
                {
                    continue;
                }

                // A question's mark is the title's own: "…what does it mean when volcanoes deform? In: …".
                var pre = body.Substring(0, match.Index + (body[match.Index] is '?' or '!' ? 1 : 0));
                var date = ProceedingsDate.Match(book);
                // A meeting's acronym with its year is the meeting's name ("In CVPR 2022."), which no export dates so.
                if (!date.Success && TrailingYear.Match(book) is { Success: true } bare && DatedBeforePages(rest, book) && !AcronymYear.IsMatch(book))
                {
                    date = bare;
                }

                if (date.Success)
                {
                    book = book.Substring(0, date.Index).Trim();
                }

                if (book.Length == 0 || (!marked && JournalName.IsMatch(book)))
                {
                    continue;
                }

                var pages = Pages.Match(rest);
                var conference = WorkShapeReader.IsConference(book) || HasConferencePublisher(rest) || NamesConference(rest, book);
                var volume = Volume.Match(rest);
                volume = volume.Success && SeriesBeforeVolume.IsMatch(rest.Substring(0, volume.Index)) ? Match.Empty : volume;
                book = conference ? ContainerName.WithoutPlace(book) : book;
                var year = LastYearAfter(rest, book);
                // "In Proceedings of IGARSS 2021, 5512-5515.": a meeting named with its year dates the paper when nothing after it does.
                year = !year.Success && conference && !date.Success && ContainerName.MeetingYear(book) is { } meetingYear ? Year.Match(meetingYear.ToString(System.Globalization.CultureInfo.InvariantCulture)) : year;
                shape = new WorkShape
                {
                    Kind = conference ? PublicationKind.Conference : PublicationKind.Chapter,
                    Title = WorkShapeText.Title(pre),
                    Container = book,
                    Body = pre,
                    Details = Details(pages, conference ? volume : Match.Empty) + (date.Success ? ", " + date.Groups["year"].Value : year.Success ? ", " + year.Value : string.Empty),
                };
                return true;
            }

            return false;
        }

        private static string BookTitle(string rest)
        {
            // Editors before the book ("S. Burchardt (Ed.), ", "Chen J, Sun H, eds. "), when what precedes the mark is names.
            var editors = LeadingEditors.Match(rest);
            if (editors.Success && !EditorsAfterBook.IsMatch(editors.Value) && AuthorListParser.Parse(editors.Groups["names"].Value).Success)
            {
                rest = rest.Substring(editors.Length);
            }

            rest = EditionMark.Remove(rest);
            var end = BookEnd.Match(rest);
            var book = end.Success ? rest.Substring(0, end.Index) : rest;
            return CitationText.CleanContainer(book.Trim());
        }

        private static bool DatedBeforePages(string rest, string book)
        {
            var at = rest.IndexOf(book, System.StringComparison.Ordinal);
            var after = at < 0 ? string.Empty : rest.Substring(at + book.Length).TrimStart();
            // A proceedings series printed as a book has its volume there instead: "InE3S Web of Conferences 2018 (Vol. 44, p. 00078)".
            return after.StartsWith("(pp.", System.StringComparison.Ordinal) || after.StartsWith("(p.", System.StringComparison.Ordinal)
                || after.StartsWith("(Vol.", System.StringComparison.Ordinal) || after.TrimEnd('.').Length == 0;
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

        /// <summary>The last year printed after the book's name, which dates the book (a year inside its name does not).</summary>
        private static Match LastYearAfter(string rest, string book)
        {
            var at = rest.IndexOf(book, System.StringComparison.Ordinal);
            var after = at < 0 ? rest : rest.Substring(at + book.Length);
            // Oxford Academic's "(New York, 2011; online edn, NYU Press Scholarship Online, 16 Mar. 2016)": the book's
            // year is the print edition's, before the online edition's date.
            var online = after.IndexOf("; online edn", System.StringComparison.Ordinal);
            after = online < 0 ? after : after.Substring(0, online);
            var last = Match.Empty;
            for (var match = Year.Match(after); match.Success; match = match.NextMatch())
            {
                last = match;
            }

            return last;
        }

        private static bool NamesConference(string rest, string book)
        {
            var at = rest.IndexOf(book, System.StringComparison.Ordinal);
            return at >= 0 && ConferenceAcronym.IsMatch(rest.Substring(at + book.Length));
        }

        private static bool HasConferencePublisher(string rest)
        {
            // A sentence of its own, or Frontiers' imprint in parentheses: "ed. L. Bruzzone (Berlin: SPIE), 107890J".
            foreach (var part in Sentences.Split(SpelledOutAcronym.Remove(rest).Replace("(", ". ").Replace(")", ". ")))
            {
                var name = part.Substring(part.LastIndexOf(": ", System.StringComparison.Ordinal) + 1).Trim();
                if (PublisherSegment.IsConferencePublisher(name) && PublisherSegment.IsPublisher(part))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The details for the volume/issue/pages reader: a range is pages; a single value where pages go, an article number.</summary>
        private static string Details(Match pages, Match volume)
        {
            var value = pages.Success ? pages.Groups["pages"].Value : null;
            // "1234–1243", "e345–e352", Springer's "341--345"; not a paper's number with a dash in it ("2c-0045").
            var isRange = value is not null && PageRange.IsMatch(value);
            // AAAI's "(Vol. 35, No. 12, pp. 11106-11115)": a proceedings numbered like a journal has an issue too.
            return ((volume.Success ? "Vol. " + volume.Groups["volume"].Value + ", " : string.Empty)
                + (volume.Success && volume.Groups["issue"].Success ? "No. " + volume.Groups["issue"].Value + ", " : string.Empty)
                + (value is null ? string.Empty : isRange ? "pp. " + value : "Art. " + value)).TrimEnd(',', ' ');
        }
    }
}
