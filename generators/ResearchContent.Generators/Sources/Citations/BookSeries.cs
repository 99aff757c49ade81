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

        /// <summary>The text before the imprint without its series field.</summary>
        public static string Remove(string text)
        {
            var match = LastField.Match(text);
            return match.Success && match.Index > 0 ? text.Substring(0, match.Index) : text;
        }
    }
}
