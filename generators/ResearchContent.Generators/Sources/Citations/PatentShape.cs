using System.Text.RegularExpressions;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// A patent, by the word and its number: <c>US Patent 11,234,567 B2, 1 February 2022.</c>, <c>U.S. Patent No.
    /// 9,876,543</c>, <c>European Patent EP 3 456 789 A1</c>. Like GB/T 7714's <c>[P]</c>, it is read as a report with its
    /// number as the article number and no container: the office that grants it publishes no collection of it.
    /// </summary>
    internal static class PatentShape
    {
        private static readonly Regex Patent = CitationRegex.Create(
            @"(?<=[.,]\s)(?:(?:U\.\s?S\.|US|United\s+States|European|Chinese|Japanese|Korean|International)\s+[Pp]atent|Patent)(?:\s+Application)?(?:\s+(?:No\.?|Number))?\s*:?\s*(?<number>(?:[A-Z]{2}\s?)?\d[\d,\s]*\d(?:\s?[A-Z]\d?)?)(?=[\s,.;]|$)");

        private static readonly Regex Year = CitationRegex.Create(@"\b(?:19|20)\d\d\b");

        public static bool TryRead(string body, out WorkShape shape)
        {
            shape = new WorkShape { Body = body };
            var match = Patent.Match(body);
            if (!match.Success)
            {
                return false;
            }

            // The year is the grant's or the filing's, printed after the number.
            var year = Year.Match(body.Substring(match.Index + match.Length));
            shape = ReportShape.Issued(body.Substring(0, match.Index), string.Empty, match.Groups["number"].Value.Trim(), year.Success ? year.Value : null) with { Container = null };
            return true;
        }
    }
}
