using System.Text.RegularExpressions;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// AGU's and other societies' way of citing a meeting abstract: <c>Abstract A13F-2105 presented at AGU Fall Meeting
    /// 2023</c>, <c>Abstract G004-0007 presented at 2020 Fall Meeting, AGU</c>. The abstract's number is the article
    /// number and the meeting the container.
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
