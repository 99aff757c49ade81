using System.Text.RegularExpressions;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// What an issue printed in parentheses after its volume looks like, so that the source's part can tell it from a
    /// container's own parenthesized words.
    /// </summary>
    internal static class IssueShape
    {
        // "(18)", "(5A)", "(B11)", "(Suppl)", "(6 Suppl)", "(June)", "(增刊)", "(增刊1)", Google Scholar's "(15_suppl)" and "(Supplement_5)"; not a
        // container's own "(信息科学版)" or "(D辑)".
        public static readonly Regex InParentheses = CitationRegex.Create(
            @"^[(（]\s*(?<issue>[A-Za-z]{0,2}\d[A-Za-z\d_.\-–/]{0,10}|\d{1,3}\s[Ss]uppl?\.?(?:\s\d{1,2})?|\d+\s*[-–]\s*\d+|[A-Z][a-z]{2,9}\.?|[Ss]upp?l?(?:ement)?\.?(?:[\s_]*\d+)?|(?:增刊|特刊|专刊)\d{0,2})\s*[)）]$");
    }
}
