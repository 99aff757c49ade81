using System.Text.RegularExpressions;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// A book's imprint whose publisher no word names, known by where it stands: a sentence of its own after an unquoted
    /// title that holds a name and a year and nothing else, as Google Scholar prints a book (<c>Title. Penguin UK, 2003.</c>,
    /// <c>Title. Simon and schuster; 2000 Aug 7.</c>), or a hand-edited list with a place (<c>Title. PublicAffairs, New York,
    /// 2011.</c>); and, in a citation that prints an ISBN, the name and year after the title's comma, as Elsevier exports a
    /// book (<c>Title (Third Edition), Butterworth-Heinemann, 2022, ISBN …</c>); and APA's publisher alone after the title
    /// (<c>(2009). Title (2nd ed.). Prentice Hall.</c>); and a hand-typed imprint after the title's comma with its place
    /// (<c>Title, Routledge, London, 2018.</c>). A journal is cited with its volume or pages,
    /// so a name with only a year after a title is a publisher unless it says it is a journal, a meeting or an issuing body.
    /// </summary>
    internal static class UnnamedPublisher
    {
        // A name of up to four words, which Google Scholar may lowercase ("McGraw-hill", "Chapman and Hall/CRC", "macmillan"), a place of up to three
        // words ("New York", "Cambridge, MA"), and the year, with Vancouver's month and day after it.
        private static readonly Regex Imprint = CitationRegex.Create(
            @"^(?<name>\p{L}[\p{L}'’&\-/]*(?:\s+[\p{L}'’&\-/]+){0,3})(?:,\s*\p{Lu}[\p{L}]*(?:\s\p{Lu}[\p{L}]*){0,2}(?:,\s*\p{Lu}{2})?)?(?:[,;]\s*(?<year>(?:1[5-9]|20)\d\d)(?:\s+\p{Lu}\p{Ll}{2}\.?(?:\s+\d{1,2})?)?)?$");

        // A hand-typed book's imprint after the title's comma, with its place between publisher and year: "…, Routledge, London,
        // 2018", "…, Crown Business, New York, 2012". A journal's name is followed by its volume or pages, not by a place and a year.
        private static readonly Regex PlaceImprint = CitationRegex.Create(
            @",\s(?<imprint>\p{Lu}[\p{L}'’&\-]*(?:\s+\p{Lu}[\p{L}'’&\-]*){0,3},\s*\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2}(?:,\s*\p{Lu}{2})?,\s*(?:1[5-9]|20)\d\d)$");

        // The words journals, preprint servers and series are named by; a publisher's name holds none of them.
        private static readonly Regex JournalWord = CitationRegex.Create(
            @"\b(?:Journal|Review|Letters|Transactions|Proceedings|Bulletin|Annals|Magazine|Research|Reports?|Advances|Nature|Science|Sciences|Frontiers|Communications|Acta|Studies|Quarterly|Archives?|Series|Sensing|Physics|Chemistry|Medicine|Engineering|Geophysics|Geology|Ecology|Economics|Law|Letter|Preprint|arXiv|bioRxiv|medRxiv|SSRN|Zenodo|Blog)\b",
            RegexOptions.IgnoreCase);

        /// <param name="body">The text after the authors and year, without its DOI and links.</param>
        /// <param name="afterComma">Whether the imprint may follow a comma, as in a citation that prints an ISBN.</param>
        /// <param name="yearPrinted">
        /// Whether the year was printed after the authors, as APA prints it, so that the imprint may be the publisher alone
        /// after a title that ends in its edition: <c>(2009). Speech and language processing (2nd ed.). Prentice Hall.</c>
        /// </param>
        /// <param name="rest">The text before the imprint.</param>
        /// <param name="year">The imprint's year.</param>
        /// <param name="publisher">The imprint taken off.</param>
        public static bool TryStrip(string body, bool afterComma, bool yearPrinted, out string rest, out string publisher, out int? year)
        {
            rest = body;
            publisher = string.Empty;
            year = null;
            var text = body.Trim().TrimEnd('.').Trim();
            var start = SentenceStart(text);
            if (start <= 0 && afterComma)
            {
                start = CommaPartStart(text);
            }

            // A meeting's place and year look like a publisher, its place and year ("…, Conference on Coordination Chemistry
            // (ICCC 2022), Rimini, Italy, 2022"); after a meeting's name they are the meeting's.
            if (start <= 0 && PlaceImprint.Match(text) is { Success: true } placed && !WorkShapeReader.IsConference(text.Substring(0, placed.Index)))
            {
                start = placed.Groups["imprint"].Index;
            }

            if (start <= 0)
            {
                return false;
            }

            var last = text.Substring(start);
            // A body of several words, no digits: a meeting's acronym ("MOF2021") is an organization's shape too.
            if (yearPrinted && last.IndexOf(' ') > 0 && last.IndexOfAny("0123456789".ToCharArray()) < 0 && OrganizationName.IsOrganization(last) && !JournalWord.IsMatch(last) && !WorkShapeReader.IsConference(last) && !ReportShape.IsIssuer(last))
            {
                // APA's book published by a body that names itself as one: "(2005). Title. Society for Industrial and Applied Mathematics."
                rest = text.Substring(0, start).Trim().TrimEnd(',', '.', ';').Trim();
                publisher = last;
                return rest.Length > 0;
            }

            var match = Imprint.Match(last);
            var name = match.Groups["name"].Value;
            // A name alone after the title is a journal as often as a publisher ("The Cryosphere"), unless the title ends in its edition.
            var yearless = !match.Groups["year"].Success;
            if (!match.Success || (yearless && !(yearPrinted && EditionMark.EndsText(text.Substring(0, start)))) || JournalWord.IsMatch(name) || JournalWords.HasBareAbbreviations(name) || PreprintServer.Is(name) || WorkShapeReader.IsConference(name) || ReportShape.IsIssuer(name))
            {
                return false;
            }

            rest = text.Substring(0, start).Trim().TrimEnd(',', '.', ';').Trim();
            publisher = text.Substring(start);
            year = match.Groups["year"].Success ? DecimalNumber.Parse(match.Groups["year"].Value) : null;
            return rest.Length > 0;
        }

        // Where the last sentence starts: after the last full stop that is no initial's ("J. Smith") or abbreviation's
        // ("Int. J."), or one after a parenthesis ("(2nd ed.). Prentice Hall"); a semicolon is Vancouver's between publisher and year, no sentence's end.
        private static int SentenceStart(string text)
        {
            for (var i = text.Length - 2; i > 1; i--)
            {
                if (text[i] == '.' && text[i + 1] == ' ' && (text[i - 1] == ')' || char.IsLower(text[i - 1]) && char.IsLetter(text[i - 2]) && !IsAbbreviation(text, i)))
                {
                    return i + 2;
                }
            }

            return -1;
        }

        // "J. Geophys. Res. Solid Earth, 2021": the period is an abbreviation's, and what follows is the journal's name.
        private static bool IsAbbreviation(string text, int period)
        {
            var start = text.LastIndexOf(' ', period) + 1;
            var before = start > 1 ? text.LastIndexOf(' ', start - 2) + 1 : -1;
            var previous = before >= 0 ? text.Substring(before, start - 1 - before) : null;
            var next = text.Substring(period + 2).Split(' ')[0];
            return JournalWords.IsAbbreviation(text.Substring(start, period + 1 - start), previous, next);
        }

        // Where the name before the last comma's year starts: "…, Morgan Kaufmann, 2017".
        private static int CommaPartStart(string text)
        {
            var last = text.LastIndexOf(", ", System.StringComparison.Ordinal);
            var before = last <= 0 ? -1 : text.LastIndexOf(", ", last - 1, System.StringComparison.Ordinal);
            return before < 0 ? -1 : before + 2;
        }
    }
}
