using System.Linq;
using System.Text.RegularExpressions;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// AGU's and other societies' way of citing a meeting abstract: <c>Abstract A13F-2105 presented at AGU Fall Meeting
    /// 2023</c>, <c>Abstract G004-0007 presented at 2020 Fall Meeting, AGU</c>, and chemistry's meetings' numbers at the end
    /// (<c>…, 2021, Abstract No. 3765</c>). The abstract's number is the article number and the meeting the container.
    /// </summary>
    internal static class MeetingAbstract
    {
        private static readonly Regex NumberPresentedAt = CitationRegex.Create(
            @"^(?:(?:Abstract|Paper|Poster)\s+(?:No\.?\s*)?)?(?<number>[A-Z0-9]{1,8}(?:-[A-Z0-9]{1,8})+)\s*,?\s+presented\s+at\s+(?:the\s+)?(?<meeting>\S.*)$",
            RegexOptions.IgnoreCase);

        // A hand-typed list puts the number first with a comma, its "Abstract" label taken out: "S35C-02, AGU Fall Meeting".
        // Only AGU's and AOGS's session-shaped numbers, which no meeting's name starts with.
        private static readonly Regex NumberBeforeMeeting = CitationRegex.Create(
            @"^(?<number>\p{Lu}{1,3}\d{1,3}\p{Lu}?-(?:\p{Lu})?\d{1,5}),\s+(?<meeting>\S.*)$");

        // What chemistry's meetings number at the end of an abstract's citation: ACS's "Abstract No. 3765", MRS's "Abstract
        // EN05.12.03", "Abstract P-245", "Abstract 2A3-45", a poster board's "poster #245". AGU's numbers are read before this.
        // The number may be followed by where and when the meeting was held, which are no fields ("…, Abstract No. 3765,
        // Chicago, IL, August 21–25."), and may stand in a sentence of its own after them ("…, Toronto, ON, Canada. Abstract 2345.").
        private static readonly Regex TrailingNumber = CitationRegex.Create(
            @"(?<=(?:,|\.(?<=\p{L}{2}\.|\d\.))\s*)(?:Abstract|Poster)\s*(?:No\.\s*|#\s*|\s)(?<number>[A-Z0-9](?:[A-Z0-9]|[.\-](?=[A-Z0-9]))*)"
            + @"(?:,\s*(?<held>[^,()]+?)){0,4}(?=[.\s]*(?:\([^()]*\)[.\s]*)?$)",
            RegexOptions.IgnoreCase);

        // MDPI prints an AGU or EGU abstract's number as the last field, after the meeting's place and days: "…, 15–19 December
        // 2014; Abstract G33A-0461." (the cleaner has taken "Abstract" out by now), "…, 23–27 May 2022. EGU22-8765."
        private static readonly Regex LastFieldNumber = CitationRegex.Create(
            @"(?<=\d[;.])\s*(?<number>\p{Lu}{1,3}\d{1,3}\p{Lu}?-\d{1,5}|EGU\d{2}-\d{1,6})\.?$");

        // A meeting's days without their year: "August 21–25", "November 26–December 1", "17–20 October".
        private static readonly Regex Days = CitationRegex.Create(
            @"^(?:(?:" + MeetingDetails.Months + @")\.?\s+\d{1,2}(?:\s*[–\-]\s*(?:(?:" + MeetingDetails.Months + @")\.?\s+)?\d{1,2})?"
            + @"|\d{1,2}(?:\s*[–\-]\s*\d{1,2})?\s+(?:" + MeetingDetails.Months + @")\.?(?:\s*[–\-]\s*\d{1,2}\s+(?:" + MeetingDetails.Months + @")\.?)?)$");

        private static readonly Regex Year = CitationRegex.Create(@"^(?:19|20)\d\d$");

        // APA as AGU prints an EGU abstract: the number in parentheses after the title, then "Paper presented at" the meeting
        // ("Title (EGU22-7841). Paper presented at EGU General Assembly 2022"). Moved before "presented at", it reads as AGU's own.
        private static readonly Regex NumberAfterTitle = CitationRegex.Create(
            @"\s\((?<number>\p{Lu}{1,5}\d{1,4}\p{Lu}?-\d{1,6})\)\.\s+(?:Paper|Poster|Abstract)\s+(?=presented\s+at\s)");

        // Eos prints the meeting's abstracts in a supplement after its volume and issue ("Eos, Transactions, American Geophysical
        // Union, 89(53), Fall Meeting Supplement, Abstract G43A-0674"): the label is no field, and left in place it joins the journal.
        private static readonly Regex SupplementLabel = CitationRegex.Create(
            @"(?<=\d\)),\s*(?:Fall|Spring|Joint\s+Assembly)\s+Meet(?:ing|\.)\s+Suppl(?:ement|\.)(?=,)");

        // The EGU's abstracts, printed as a journal: "Geophys. Res. Abstr. 21:EGU2019-12345" (its full name says "Abstracts").
        private static readonly Regex AbstractsSerial = CitationRegex.Create(@"^Geophys\.\s*Res\.\s*Abstr\.?$");

        /// <summary>Whether a container that reads as a journal is a meeting's abstracts, abbreviated (<c>Geophys. Res. Abstr.</c>).</summary>
        public static bool IsAbstractsSerial(string container) => AbstractsSerial.IsMatch(container.Trim());

        /// <summary>
        /// The abstract's number printed after its title, put before "presented at", and Eos' supplement label taken out; the
        /// label says the work is a meeting's abstract (<paramref name="inSupplement"/>).
        /// </summary>
        public static string NumberBeforeMeetingLabel(string text, out bool inSupplement)
        {
            var label = SupplementLabel.Match(text);
            inSupplement = label.Success;
            text = label.Success ? text.Remove(label.Index, label.Length) : text;
            return NumberAfterTitle.Replace(text, ". ${number} ");
        }

        /// <summary>
        /// The text with a meeting's abstract number at its end labelled as the article number it is (<c>Art. no. 3765</c>),
        /// and whether there was one: an abstract's number says the work was presented at a meeting.
        /// </summary>
        public static string LabelNumber(string text, out bool found)
        {
            var last = LastFieldNumber.Match(text);
            if (last.Success)
            {
                found = true;
                return text.Substring(0, last.Index) + " Art. no. " + last.Groups["number"].Value + ".";
            }

            var match = TrailingNumber.Match(text);
            found = match.Success && match.Groups["number"].Value.IndexOfAny("0123456789".ToCharArray()) >= 0
                && match.Groups["held"].Captures.Cast<Capture>().All(held => IsWhereOrWhen(held.Value.Trim()));
            if (!found)
            {
                return text;
            }

            // The meeting's year, when it is printed after the place, still dates the work.
            var year = match.Groups["held"].Captures.Cast<Capture>().Select(held => held.Value.Trim()).LastOrDefault(Year.IsMatch);
            return text.Substring(0, match.Index) + "Art. no. " + match.Groups["number"].Value + (year is null ? string.Empty : ", " + year)
                + text.Substring(match.Index + match.Length);
        }

        private static bool IsWhereOrWhen(string held) => ContainerName.IsPlace(held) || Days.IsMatch(held) || Year.IsMatch(held);

        /// <summary>
        /// "2017. Title, AGU Fall Meeting Abstracts, 2017, G33B-0797": the abstracts' year printed again after their name, where
        /// a journal's volume goes, while the work's own year follows the authors, is the volume (as Google Scholar's "Vol. 2017").
        /// </summary>
        public static SourceDetails YearAsVolume(string? container, int? yearAfterAuthors, SourceDetails details) =>
            container is not null && container.EndsWith("Abstracts", System.StringComparison.Ordinal) && yearAfterAuthors is { } year
            && details is { Volume: null, Pages: null, ArticleNumber: not null } && details.Year == year
                ? details with { Volume = year.ToString(System.Globalization.CultureInfo.InvariantCulture) }
                : details;

        public static bool TrySplit(string container, out string number, out string meeting)
        {
            var match = NumberPresentedAt.Match(container.Trim());
            match = match.Success ? match : NumberBeforeMeeting.Match(container.Trim());
            number = match.Groups["number"].Value;
            meeting = match.Groups["meeting"].Value.Trim();

            // A number has a digit: "Work-In-Progress presented at" is no abstract number.
            return match.Success && number.IndexOfAny("0123456789".ToCharArray()) >= 0;
        }
    }
}
