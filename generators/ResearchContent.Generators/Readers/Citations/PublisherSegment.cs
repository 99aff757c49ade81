using System.Text.RegularExpressions;

namespace ResearchContent.Generators.Readers.Citations
{
    /// <summary>
    /// The publisher a book or proceedings citation ends with (<c>Princeton University Press</c>, <c>Springer, Cham</c>,
    /// <c>Dordrecht: Kluwer Academic Publishers</c>, <c>IEEE</c>), which is no field of ours and must not be read as the
    /// container.
    /// </summary>
    internal static class PublisherSegment
    {
        private static readonly Regex Publisher = CitationRegex.Create(
            @"^(?:[\p{L} .\-]+:\s*)?(?:[\p{L}&'.\- ]*\b(?:Press|Publishers?|Publishing|Verlag|Books)\b[\p{L} .,\-]*|(?:Springer|Elsevier|Wiley|Kluwer|IEEE|ACM|AGU|Routledge|CRC|Birkhäuser|Taylor\s*&\s*Francis|Academic\s+Press|[\p{IsCJKUnifiedIdeographs}]+出版社)(?:\s+[\p{L}]+)*(?:,\s*[\p{L} .]+)?)(?:,\s*(?<year>\d{4}))?[.\s]*$");

        public static bool IsPublisher(string segment) => Publisher.IsMatch(segment.Trim());

        /// <summary>The text without a trailing <c>. Publisher</c> sentence; <paramref name="found"/> says whether there was one.</summary>
        /// <param name="text">The citation's body.</param>
        /// <param name="found">Whether it ended with a publisher.</param>
        /// <param name="year">The year printed after the publisher (<c>Princeton University Press, 2010</c>), or <see langword="null"/>.</param>
        public static string StripTrailing(string text, out bool found, out int? year)
        {
            found = false;
            year = null;
            text = text.Trim().TrimEnd('.').Trim();
            for (var cut = text.LastIndexOf(". ", System.StringComparison.Ordinal); cut > 0; cut = text.LastIndexOf(". ", cut - 1, System.StringComparison.Ordinal))
            {
                var match = Publisher.Match(text.Substring(cut + 2).Trim());
                if (match.Success)
                {
                    found = true;
                    year = match.Groups["year"].Success ? int.Parse(match.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
                    return text.Substring(0, cut + 1).Trim();
                }
            }

            return text;
        }

        /// <summary>The details of a chapter after its publisher: <c>Elsevier, 2015, Pages 339-385</c> → <c>2015, Pages 339-385</c>.</summary>
        public static string StripLeading(string details)
        {
            var comma = details.IndexOf(',');
            var first = comma < 0 ? details : details.Substring(0, comma);
            return IsPublisher(first) && comma >= 0 ? details.Substring(comma + 1).Trim() : details.Trim();
        }
    }
}
