using System.Text.RegularExpressions;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// What a proceedings paper's citation says about the meeting beyond its name and year — its days, its place, its
    /// imprint — which are no fields of ours: the cleaner takes them out so that the name ends where the source begins.
    /// </summary>
    internal static class MeetingDetails
    {
        // A conference's dates, "11–16 July 2021", "31 August–2 September 2020" or "July 11-16, 2021": only the year is a field,
        // also before a remark that is taken out later ("23–27 May 2022 (poster)") and before an abstract's number ("…, 2021, Abstract No. 3765").
        private static readonly Regex EventDates = CitationRegex.Create(
            @"(?<=,\s)(?:\d{1,2}(?:\s*[–\-]\s*\d{1,2})?\s+(?:" + Months + @")\.?(?:\s*[–\-]\s*\d{1,2}\s+(?:" + Months + @")\.?)?"
            + @"|(?:" + Months + @")\.?\s+\d{1,2}(?:\s*[–\-]\s*(?:(?:" + Months + @")\.?\s+)?\d{1,2})?,(?=\s+\d{4}(?:\s*[;.)]|,\s*(?:pp?\.|\d|[Aa]bstract\b|[Pp]oster\b)|$)))\s+(?<year>\d{4})(?=\s*[;,.()]|$)");

        // A meeting's days at the very end, with no year: "…, San Juan, Puerto Rico, April 17-21.", "…, Online, 1-17 Dec.".
        private static readonly Regex TrailingEventDays = CitationRegex.Create(
            @"(?<=,)\s+(?:(?:" + Months + @")\.?\s+\d{1,2}\s*[–\-]\s*\d{1,2}|\d{1,2}\s*[–\-]\s*\d{1,2}\s+(?:" + Months + @")"
            // Spanish and Portuguese print the days with "de" before the month: "Sevilla, 25-27 de octubre".
            + @"|\d{1,2}(?:\s*[–\-]\s*\d{1,2})?\s+de\s+(?:" + IberianMonths + @"))\.?$");

        // A meeting's place in parentheses after its year: "EGU General Assembly 2023 (Vienna), EGU23-10457".
        private static readonly Regex MeetingPlace = CitationRegex.Create(@"(?<=\b(?:19|20)\d\d)\s*\(\p{Lu}\p{Ll}+(?:,?\s\p{Lu}[\p{Ll}.]+){0,2}\)(?=,)");

        // Frontiers' imprint of a proceedings, between its name and its pages: "… Radar (Nuremberg: VDE), 730–733".
        private static readonly Regex ProceedingsImprint = CitationRegex.Create(@"(?<=\S)\s\(\p{Lu}[^():]*:\s*\p{Lu}[^()]*\)(?=,\s*[\dA-Z]|\.?$)");

        private const string IberianMonths = "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
            + "|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro";

        /// <summary>The months as meetings print them in their dates, full or abbreviated, for a pattern.</summary>
        internal const string Months = "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";

        /// <summary>The text with a meeting's dates reduced to their year, and its place and imprint in parentheses taken out.</summary>
        public static string WithoutDatesAndPlaces(string text)
        {
            text = EventDates.Replace(text, match => match.Groups["year"].Value);
            text = MeetingPlace.Replace(text, string.Empty);
            return ProceedingsImprint.Replace(text, imprint => NamesProceedings(text, imprint) ? imprint.Value : string.Empty);
        }

        /// <summary>
        /// Whether the imprint is all that tells a book is a proceedings: a proceedings publisher's, after a book whose name
        /// says nothing of a meeting ("in Image and Signal Processing for Remote Sensing XXIV, … (Berlin: SPIE), 107890J").
        /// </summary>
        private static bool NamesProceedings(string text, Match imprint)
        {
            var publisher = imprint.Value.Substring(imprint.Value.IndexOf(':') + 1).TrimEnd(')');
            var before = text.Substring(0, imprint.Index);
            var book = before.Substring(before.LastIndexOf(" in ", System.StringComparison.Ordinal) + 1);
            return PublisherSegment.IsConferencePublisher(publisher) && !WorkShapeReader.IsConference(book);
        }

        /// <summary>The text without a meeting's days at its very end (<c>…, Online, 1-17 Dec.</c>).</summary>
        public static string WithoutTrailingDays(string text) => TrailingEventDays.Replace(text, string.Empty);
    }
}
