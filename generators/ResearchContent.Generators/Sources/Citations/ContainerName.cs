using System;
using System.Linq;
using System.Text.RegularExpressions;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>The journal, proceedings or book a work appeared in, as printed, without what styles put around it.</summary>
    internal static class ContainerName
    {
        private static readonly Regex LeadingIn = CitationRegex.Create(@"^(?:in|In|IN)\s*:?\s+");

        // What a CV says before the meeting a talk was given at: "Oral presentation at the", "Invited talk at", "presented at",
        // or as a label of its own before a comma: "Oral presentation, European Geosciences Union General Assembly".
        private static readonly Regex PresentedAt = CitationRegex.Create(
            @"^(?:(?:(?:(?:oral|poster|invited|keynote|contributed)\s+)?(?:presentation|talk|poster|paper)\s+(?:given\s+|presented\s+)?|presented\s+)at\s+(?:the\s+)?"
            + @"|(?:oral|poster|invited|keynote|contributed)\s+(?:presentation|talk),\s*"
            // The same labels in Spanish and Portuguese: "Ponencia, XVII Congreso …", "Comunicação oral, …".
            + @"|(?:ponencia|comunicaci[óo]n(?:\s+oral)?|comunica[çc][ãa]o(?:\s+oral)?|p[óô]ster),\s*)(?=\S)",
            RegexOptions.IgnoreCase);

        private static readonly Regex ConferenceWord = CitationRegex.Create(@"Symposium|Conference|Congress|Proceedings|Meeting|Workshop|Colloquium|" + WorkShapeReader.MeetingWordsInOtherLanguages, RegexOptions.IgnoreCase);

        // The dates MDPI prints after a proceedings' place: "11–16 July 2021", "31 August–2 September 2020", "Dec 2016", or a year alone.
        private static readonly Regex MeetingDate = CitationRegex.Create(
            @"^(?:(?:\d{1,2}(?:\s*[–\-]\s*\d{1,2})?\s+)?\p{L}+\.?(?:\s*[–\-]\s*\d{1,2}\s+\p{L}+\.?)?\s+)?(?<year>(?:19|20)\d\d)$");

        // ABNT numbers the meeting after its name with an ordinal's full stop: "SIMPÓSIO BRASILEIRO DE SENSORIAMENTO REMOTO, 19.".
        private static readonly Regex MeetingNumber = CitationRegex.Create(@"^\d{1,3}\.$");

        private static readonly Regex PlaceInParentheses = CitationRegex.Create(@"\s\((?<place>[^()]+,\s[^()]+)\)$");

        private static readonly Regex NamedYear = CitationRegex.Create(@"\s(?<year>(?:19|20)\d\d)$");

        public static string? Clean(string text)
        {
            var container = CitationText.CleanContainer(PresentedAt.Replace(LeadingIn.Replace(text.Trim(), string.Empty), string.Empty));
            return container.Length == 0 ? null : container;
        }

        /// <summary>
        /// A proceedings' name without the place IEEE and MDPI print after it: <c>…Symposium, Kuala Lumpur, Malaysia</c>. A
        /// place is a short capitalized part; a part of the name itself (<c>Modeling</c>, <c>and Techniques XVIII</c>,
        /// <c>Remote Sensing and Spatial Information Sciences</c>) ends the search.
        /// </summary>
        /// <param name="container">The proceedings' or meeting's name as printed.</param>
        /// <param name="knownMeeting">Whether a label said the work was given at a meeting, whatever the meeting's name says.</param>
        public static string WithoutPlace(string container, bool knownMeeting = false)
        {
            if (Array.IndexOf(JournalWords.NamesWithCommas, container.Trim()) >= 0)
            {
                // "Eos, Transactions, American Geophysical Union", where a meeting's abstracts are printed: its parts are no places.
                return container;
            }

            var placed = PlaceInParentheses.Match(container);
            if (placed.Success && placed.Groups["place"].Value.Split(new[] { ", " }, StringSplitOptions.None).All(IsPlace))
            {
                // Frontiers puts the place in parentheses: "Proceedings of … Workshops (CVPRW) (New Orleans, LA)".
                return container.Substring(0, placed.Index);
            }

            var segments = container.Split(new[] { ", " }, StringSplitOptions.None);
            var keep = segments.Length;
            // ABNT numbers the meeting after its name: "SIMPÓSIO BRASILEIRO DE SENSORIAMENTO REMOTO, 19., 2019, Santos".
            while (keep > 1 && (IsPlace(segments[keep - 1]) || MeetingDate.IsMatch(segments[keep - 1].Trim()) || MeetingNumber.IsMatch(segments[keep - 1].Trim()))
                && !ConferenceWord.IsMatch(segments[keep - 1])
                // "2019 Fall Meeting, AGU, San Francisco": the society that holds the meeting, named after it, is no place.
                && !PublisherSegment.IsConferencePublisher(segments[keep - 1].Trim()))
            {
                keep--;
            }

            // A name cut down to its first part was no name with a place after it.
            return keep == 1 && !knownMeeting && !WorkShapeReader.IsConference(segments[0]) ? container : string.Join(", ", segments, 0, keep);
        }

        /// <summary>The year of the meeting dated after a proceedings' name, or <see langword="null"/>.</summary>
        public static int? MeetingYear(string container)
        {
            var segments = container.Split(new[] { ", " }, StringSplitOptions.None);
            var date = MeetingDate.Match(segments[segments.Length - 1].Trim());
            if (segments.Length > 1 && date.Success)
            {
                return DecimalNumber.Parse(date.Groups["year"].Value);
            }

            // A meeting named with its year, "MICCAI 2022", "ECCV 2016", when nothing else dates the paper.
            var named = NamedYear.Match(segments[0].Trim());
            return named.Success ? DecimalNumber.Parse(named.Groups["year"].Value) : null;
        }

        /// <summary>Whether a part is a place: a short capitalized name with no digits, or "online".</summary>
        public static bool IsPlace(string segment)
        {
            var words = segment.Trim().Split(' ');
            if (words.Length == 1 && words[0] is "online" or "Online" or "virtual" or "Virtual")
            {
                // A meeting held online names no place, but stands where one would.
                return true;
            }

            if (words.Length > 3)
            {
                return false;
            }

            foreach (var word in words)
            {
                // "Honolulu (online)": held there and online besides.
                if (word is "(online)" or "(virtual)")
                {
                    continue;
                }

                if (word.Length == 0 || !char.IsUpper(word[0]) || word.Any(char.IsDigit))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
