using System.Text.RegularExpressions;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// Remarks at a citation's end that the cleaner's word-based remark does not see: a journal's ranking, which lists
    /// print in capitals and numbers (<c>(IF = 29.4, JCR Q1)</c>, <c>[SCI, Q2]</c>), and a remark in Chinese in full-width
    /// parentheses after a citation in Latin letters (<c>（封面文章）</c>), which would otherwise make the whole citation read
    /// as Chinese; and a status typed in Chinese (<c>已接收</c>).
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

        // A status typed in Chinese after the journal: "农业工程学报, 已接收." (accepted), "录用待刊", "网络首发" (online first).
        private static readonly GuardedRegex ChineseStatus = new(
            CitationRegex.Create(@"[\s,.;，；。]+(?<note>已接收|已录用|录用待刊|已投稿|审稿中|在审|网络首发|待刊)[\s.。]*$"),
            // Needs a Han character.
            text => HanCharacters.Occur(text));

        // A remark in Chinese in parentheses after the citation's last full stop: "… 43(10): 1553-1582. (封面文章)" (cover
        // article). A container's own parenthesized part ("学报(信息科学版), 2020") is never after the last full stop.
        private static readonly GuardedRegex ChineseRemark = new(
            CitationRegex.Create(@"(?<=[.。])\s*\((?<note>\p{IsCJKUnifiedIdeographs}{2,12})\)[\s.。]*$"),
            // Needs a Han character.
            text => HanCharacters.Occur(text));

        // A review's stage in parentheses after the journal, before the year: "Journal of Hydrology (minor revision), 2024."
        private static readonly Regex RevisionInParentheses = CitationRegex.Create(
            @"\s*\((?<note>(?:minor|major)\s+revisions?|under\s+review|in\s+review|revised)\)(?=[,;]\s)", RegexOptions.IgnoreCase);

        /// <summary>The review stages printed inside the citation, taken out of it: no field's part, each a note.</summary>
        public static System.Collections.Generic.List<string> TakeRevision(ref string text)
        {
            var notes = new System.Collections.Generic.List<string>();
            text = RevisionInParentheses.Replace(text, match =>
            {
                notes.Add(match.Groups["note"].Value);
                return string.Empty;
            });
            return notes;
        }

        /// <summary>A ranking, a Chinese status or a remark in Chinese at the end of the citation.</summary>
        public static Match MatchRanking(string text) =>
            Ranking.Match(text) is { Success: true } match ? match
            : BareRanking.Match(text) is { Success: true } bare ? bare
            : ChineseStatus.Match(text) is { Success: true } status ? status
            : ChineseRemark.Match(text);

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
