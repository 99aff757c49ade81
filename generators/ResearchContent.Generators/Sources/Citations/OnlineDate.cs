using System.Text.RegularExpressions;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// ScienceDirect's export of an article in press prints the day it went online where the volume goes:
    /// <c>Earth-Science Reviews, Available online 3 February 2025, 105012, ISSN …</c>. Its year is the work's year and the rest
    /// is no field, so it is read as the bare year the export prints for an article without a volume
    /// (<c>Journal of Hydrology, 2025, 132456</c>).
    /// </summary>
    internal static class OnlineDate
    {
        private static readonly GuardedRegex AvailableOnline = new(
            CitationRegex.Create(
                @",\s*Available\s+online\s+(?:\d{1,2}\s+\p{Lu}\p{Ll}{2,8}\.?|\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2},?)\s+(?<year>(?:19|20)\d\d)(?=\s*,)"),
            // Needs the words themselves.
            text => Literal.AnyInAnyCase(text, "available online"));

        // The same date in a sentence of its own after the last field ("… 205 (2023) 103712. Available online 18 November 2022."):
        // the volume's year dates the work, and the day it went online is a remark a reader keeps.
        private static readonly GuardedRegex TrailingSentence = new(
            CitationRegex.Create(
                @"(?<=\.)\s+(?<note>Available\s+online\s+(?:\d{1,2}\s+\p{Lu}\p{Ll}{2,8}\.?|\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2},?)\s+(?:19|20)\d\d)\s*\.?\s*$"),
            // Needs the words themselves.
            text => Literal.AnyInAnyCase(text, "available online"));

        // Taylor & Francis prints the day an article without a volume went online where the volume goes: "Education Economics,
        // Published online: 12 Mar 2024, DOI: …". Its year is printed after the authors already, and the day is no field.
        private static readonly GuardedRegex PublishedOnline = new(
            CitationRegex.Create(@",\s*Published\s+online:\s*\d{1,2}\s+\p{Lu}\p{Ll}{2,8}\.?\s+(?:19|20)\d\d(?=\s*(?:,|$))"),
            // Needs the words themselves, whatever space stands between them.
            text => Literal.AnyInAnyCase(text, "online:"));

        public static string ToYear(string text) => PublishedOnline.Replace(AvailableOnline.Replace(text, ", ${year}"), string.Empty);

        /// <summary>The online date printed as the citation's last sentence, taken out as its note; <see langword="null"/> when there is none.</summary>
        public static string? TakeTrailing(ref string text)
        {
            var match = TrailingSentence.Match(text);
            if (!match.Success)
            {
                return null;
            }

            text = text.Substring(0, match.Index);
            return match.Groups["note"].Value;
        }
    }
}
