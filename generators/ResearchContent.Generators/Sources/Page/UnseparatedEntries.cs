using System.Collections.Generic;
using ResearchContent.Generators.Sources.Page.Entries;

namespace ResearchContent.Generators.Sources.Page
{
    /// <summary>
    /// Finds where an entry starts that no <c>---</c> line separates from the one before: pages edited by hand over
    /// years drop a separator, most often where a heading (<c>&lt;h3&gt;2022&lt;/h3&gt;</c>) was put between two
    /// years. A second label line in a chunk starts a new entry, with the headings and blank lines right above it,
    /// which are its sections.
    /// </summary>
    internal static class UnseparatedEntries
    {
        // A label line is short: "<b>2021-#3</b>  <!-- key: … -->" at most; longer lines are text that mentions a label.
        private const int LongestLabelLine = 200;

        /// <summary>Whether the line is an entry's label line, such as <c>&lt;b&gt;2021-#3&lt;/b&gt;</c> or <c>**2021-#3**</c>.</summary>
        public static bool IsLabelLine(string line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.Length > LongestLabelLine || !MayHoldLabel(trimmed))
            {
                return false;
            }

            // The line is read as the entry reader reads it, so the two agree on what a label is.
            var text = PlainText.Of(EntryReader.Rendered(trimmed).DocumentNode);
            return LabelReader.TryRead(LabelReader.Canonical(text), out _, out _);
        }

        // Only a line that may hold a label is rendered to be read: a dash before a '#' ("2021-#3", "2022 - #3",
        // "2021－＃1"), before a series letter and a digit ("2024-C1") or before "No."; a digit before a '#' ("2021 #3");
        // or, in a short line, a dash before a digit ("2021-3"). A Markdown heading ("### 2022") has a '#' too, a page
        // range a dash and a digit, and the splitter looks at every line of the page on every edit.
        private static bool MayHoldLabel(string line)
        {
            for (var sign = line.IndexOfAny(Signs); sign >= 0; sign = line.IndexOfAny(Signs, sign + 1))
            {
                if (line[sign] is '#' or '＃')
                {
                    var before = sign - 1;
                    while (before > 0 && line[before] is ' ' or '\u00A0')
                    {
                        before--;
                    }

                    if (before >= 0 && char.IsDigit(line[before]))
                    {
                        return true;
                    }

                    continue;
                }

                var after = sign + 1;
                while (after < line.Length && line[after] is ' ' or '\u00A0')
                {
                    after++;
                }

                if (after < line.Length && (line[after] is '#' or '＃'
                    || (after + 1 < line.Length && line[after] is >= 'A' and <= 'Z' && (char.IsDigit(line[after + 1]) || line[after + 1] is >= 'A' and <= 'Z'))
                    || string.CompareOrdinal(line, after, "No.", 0, 3) == 0
                    || (char.IsDigit(line[after]) && line.Length <= ShortLabelLine)))
                {
                    return true;
                }
            }

            return false;
        }

        // "<strong>2021-3</strong>  " and its like; a longer line with a dash before a digit is text.
        private const int ShortLabelLine = 40;

        private static readonly char[] Signs = { '#', '＃', '-', '－', '‐', '‑', '‒', '–', '—', '−' };

        /// <summary>The first line of the run of headings and blank lines that stands right above <paramref name="label"/>.</summary>
        /// <param name="lines">The page's lines.</param>
        /// <param name="from">The first line that may belong to the run (the chunk's first line).</param>
        /// <param name="label">The label line.</param>
        public static int HeadingsAbove(IReadOnlyList<string> lines, int from, int label)
        {
            var start = label;
            while (start > from && IsBlankOrHeading(lines[start - 1].Trim()))
            {
                start--;
            }

            // Blank lines before the headings stay with the entry above, where they were written.
            while (start < label && lines[start].Trim().Length == 0)
            {
                start++;
            }

            return start;
        }

        private static bool IsBlankOrHeading(string trimmed) =>
            trimmed.Length == 0
            || trimmed.StartsWith("#", System.StringComparison.Ordinal)
            || (trimmed.Length > 3 && trimmed[0] == '<' && trimmed[1] is 'h' or 'H' && trimmed[2] is >= '1' and <= '6')
            || (trimmed.Length > 4 && trimmed.StartsWith("**", System.StringComparison.Ordinal) && trimmed.EndsWith("**", System.StringComparison.Ordinal));
    }
}
