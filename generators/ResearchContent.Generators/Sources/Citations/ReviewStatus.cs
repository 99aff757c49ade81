using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// A paper's review status with the journal it went to, at the end of its citation: <c>Submitted to Geophysical
    /// Journal International.</c>, <c>(under review at Radiology)</c>. The status is a note; the journal is the container,
    /// unless the paper is a preprint, whose server is.
    /// </summary>
    internal static class ReviewStatus
    {
        // "Submitted to Geophysical Journal International.", "under review at Remote Sensing of Environment".
        private static readonly Regex StatusWithJournal = CitationRegex.Create(
            @"[\s,.;]+(?<remark>(?<note>submitted|under\s+review|accepted(?:\s+for\s+publication)?|in\s+press)\s+(?:to|at|in|by)\s+(?<journal>[^.;]+?))(?<year>\s*\((?:19|20)\d\d\)|,\s*(?:19|20)\d\d)?[\s.;]*$", RegexOptions.IgnoreCase);

        // The same in parentheses at the end, with the year after a comma: "(submitted to Solar RRL, 2024)".
        private static readonly Regex StatusWithJournalInParentheses = CitationRegex.Create(
            @"[\s,.;]*\((?<remark>(?<note>submitted|under\s+review|accepted)\s+(?:to|at|in|by)\s+(?<journal>[^(),]+?))(?:,\s*(?<year>(?:19|20)\d\d))?\)[\s.;]*$", RegexOptions.IgnoreCase);

        /// <summary>Takes the status out of the text, adds it to the notes, and gives the container it leaves.</summary>
        /// <param name="text">The citation, without the status afterwards (a year printed with it stays, in parentheses).</param>
        /// <param name="container">The preprint server already read, or <see langword="null"/>.</param>
        /// <param name="notes">The citation's notes so far.</param>
        public static string? Take(ref string text, string? container, List<string> notes)
        {
            var match = StatusWithJournal.Match(text);
            match = match.Success ? match : StatusWithJournalInParentheses.Match(text);
            if (!match.Success)
            {
                return container;
            }

            // A preprint under review names the journal it went to; the server it is posted on is its container.
            var onServer = container is not null;
            notes.Add(match.Groups[onServer ? "remark" : "note"].Value.Trim());
            // "submitted to Journal (2024)", "Accepted by Journal, 2024": the year stays for the source to read.
            var year = match.Groups["year"].Value.Trim(' ', ',', '(', ')');
            text = text.Substring(0, match.Index).TrimEnd() + (year.Length == 0 ? string.Empty : " (" + year + ")");
            return onServer ? container : match.Groups["journal"].Value.Trim();
        }
    }
}
