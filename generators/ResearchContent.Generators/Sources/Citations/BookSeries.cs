using System.Text.RegularExpressions;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// A book's series printed as a field of its own between the title and the imprint, as MDPI and ACS print it:
    /// <c>Principal Component Analysis; Springer Series in Statistics; Springer: New York, NY, USA, 2002</c>. A series is
    /// no field of ours, and left in place it reads as the book a chapter is in.
    /// </summary>
    internal static class BookSeries
    {
        // The last semicolon-separated field before the imprint, named as a series is: "… Series in …", "Lecture Notes in …",
        // "… Monographs"; without a number, which a proceedings volume's field has.
        private static readonly Regex LastField = CitationRegex.Create(
            @";\s*(?=[^;]*\b(?:Series|Lecture\s+Notes|Monographs?)\b)[^;\d]+?[;.\s]*$");

        // APA's series in parentheses after the book's title, with the series volume: "Geodesy and Tectonics of Taiwan (Geophysical
        // Monograph Series, Vol. 239). American Geophysical Union." A book series' volume is no field of ours, and its "Vol." full
        // stop would end the title.
        private static readonly GuardedRegex InParentheses = new(
            CitationRegex.Create(@"\s*\((?=[^()]*\b(?:Series|Lecture\s+Notes|Monographs?)\b)[^()]*?,\s*(?:Vol\.|Volume|vol\.?)\s*\d+\)(?=[.,])"),
            // Needs a series' word.
            text => Literal.In(text, "Series") || Literal.In(text, "Notes") || Literal.In(text, "Monograph"));

        /// <summary>The text without a series and its volume in parentheses after a book's title.</summary>
        public static string WithoutParenthesized(string text) => InParentheses.Replace(text, string.Empty);

        /// <summary>The text before the imprint without its series field.</summary>
        public static string Remove(string text)
        {
            var match = LastField.Match(text);
            return match.Success && match.Index > 0 ? text.Substring(0, match.Index) : text;
        }
    }
}
