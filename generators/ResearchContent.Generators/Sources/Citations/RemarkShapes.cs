using System.Text.RegularExpressions;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// Remarks at a citation's end that the cleaner's word-based remark does not see: a journal's ranking, which lists
    /// print in capitals and numbers (<c>(IF = 29.4, JCR Q1)</c>, <c>[SCI, Q2]</c>), and a remark in Chinese in full-width
    /// parentheses after a citation in Latin letters (<c>（封面文章）</c>), which would otherwise make the whole citation read
    /// as Chinese.
    /// </summary>
    internal static class RemarkShapes
    {
        private static readonly GuardedRegex Ranking = new(
            CitationRegex.Create(@"[\s,.;]+[(\[](?<note>(?:IF|JCR|SCI|SCIE|SSCI|EI|ESI|KCI|CSCD|Scopus|Qualis|CiteScore|Q[1-4])\b[^()\[\]]*)[)\]][\s.,;]*$"),
            // Needs the closing parenthesis or bracket at the end.
            text => text.TrimEnd(' ', '.', ',', ';').EndsWith(")", System.StringComparison.Ordinal) || text.TrimEnd(' ', '.', ',', ';').EndsWith("]", System.StringComparison.Ordinal));

        // The same typed bare after the last full stop ("… 187: 106279. SCI, IF=6.757"): only index codes and impact factors,
        // which no journal or title ends with.
        private static readonly GuardedRegex BareRanking = new(
            CitationRegex.Create(@"(?<=\.)\s+(?<note>(?:SCI|SCIE|SSCI|EI|KCI)(?:\s*[,;]\s*(?:IF\s*[=:]\s*\d+(?:\.\d+)?|JCR\s+Q[1-4]|Q[1-4]))*|IF\s*[=:]\s*\d+(?:\.\d+)?)\s*$"),
            // Needs an index code or an impact factor.
            text => Literal.AnyInAnyCase(text, "SCI", "EI", "KCI", "IF"));

        private static readonly GuardedRegex FullWidthRemark = new(
            CitationRegex.Create(@"[\s,.;]*（(?<note>[^（）()]+)）[\s.。．]*$"),
            // Needs a full-width closing parenthesis.
            text => Literal.In(text, '）'));

        public static Match MatchRanking(string text) => Ranking.Match(text) is { Success: true } match ? match : BareRanking.Match(text);

        /// <summary>A full-width remark at the end of a citation whose other characters are all Latin: its note, and the rest.</summary>
        public static string? TakeFullWidthRemark(ref string text)
        {
            var match = FullWidthRemark.Match(text);
            if (!match.Success || HanCharacters.Occur(text.Substring(0, match.Index)))
            {
                return null;
            }

            text = text.Substring(0, match.Index);
            return match.Groups["note"].Value.Trim();
        }
    }
}
