using System.Globalization;
using System.Text.RegularExpressions;

namespace ResearchContent.Generators.Readers.Citations
{
    /// <summary>Finds the <see cref="CitationLayout"/> of a citation; the earliest landmark wins, since the author list comes first.</summary>
    internal static class CitationLayoutFinder
    {
        private static readonly Regex ParenthesizedYear = CitationRegex.Create(
            @"\((?:(?<year>\d{4})[a-z]?(?:[,;][^)]*)?|in\s+press|n\.\s?d\.|forthcoming|accepted)\)\s*[.,:]?\s*",
            RegexOptions.IgnoreCase);

        private static readonly Regex YearBetweenPeriods = CitationRegex.Create(@"(?<=\.)\s(?<year>\d{4})[a-z]?\.\s+");

        public static bool TryFind(string text, out CitationLayout layout)
        {
            layout = default;
            var parenthesized = ParenthesizedYear.Match(text);
            var betweenPeriods = YearBetweenPeriods.Match(text);
            var quote = QuotedTitle.IndexOfOpening(text);

            var best = int.MaxValue;
            if (parenthesized.Success)
            {
                best = parenthesized.Index;
                layout = FromYearMatch(text, parenthesized);
            }

            if (betweenPeriods.Success && betweenPeriods.Index < best)
            {
                best = betweenPeriods.Index;
                layout = FromYearMatch(text, betweenPeriods);
            }

            if (quote >= 0 && quote < best)
            {
                best = quote;
                layout = new CitationLayout(text.Substring(0, quote), null, text.Substring(quote));
            }

            return best != int.MaxValue;
        }

        private static CitationLayout FromYearMatch(string text, Match match)
        {
            var yearGroup = match.Groups["year"];
            int? year = null;
            if (yearGroup.Success)
            {
                var value = int.Parse(yearGroup.Value, CultureInfo.InvariantCulture);
                year = value is >= 1500 and <= 2100 ? value : null;
            }

            // Chicago's period before the year may be an initial's ("Zhang, Q. 2021."), so it stays with the authors.
            return new CitationLayout(text.Substring(0, match.Index), year, text.Substring(match.Index + match.Length));
        }
    }
}
