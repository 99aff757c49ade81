using System;
using System.Collections.Generic;
using System.Linq;

namespace ResearchContent.Fuzz.Checking
{
    /// <summary>
    /// Finds a page's entries the way docs/diagnostics.md defines them: after the front matter, runs of lines between
    /// '---' lines that hold some text; a line of four or more dashes ends the entries. A page whose front matter is
    /// never closed cannot be read and has no entries; one whose front matter says <c>collection: publications</c>
    /// is a collection file.
    /// </summary>
    internal static class PageEntryCounter
    {
        public static IReadOnlyList<EntryRegion> Entries(IReadOnlyList<string> lines)
        {
            var first = 0;
            if (lines[0].TrimEnd() == "---")
            {
                var close = FrontMatterClose(lines);
                if (close < 0)
                {
                    return Array.Empty<EntryRegion>();
                }

                first = close + 1;
            }

            var entries = new List<EntryRegion>();
            var start = first;
            var hasText = false;
            for (var i = first; i < lines.Count; i++)
            {
                var trimmed = lines[i].Trim();
                if (trimmed.Length >= 3 && trimmed.All(c => c == '-'))
                {
                    if (hasText && HasLabelLine(lines, start, i))
                    {
                        entries.Add(new EntryRegion(start, i));
                    }

                    (start, hasText) = (i + 1, false);
                    if (trimmed.Length > 3)
                    {
                        return entries;
                    }

                    continue;
                }

                hasText |= trimmed.Length > 0;
            }

            if (hasText && HasLabelLine(lines, start, lines.Count))
            {
                entries.Add(new EntryRegion(start, lines.Count));
            }

            return entries;
        }

        /// <summary>
        /// Whether a run holds a line that is a label once tags and emphasis marks are taken away
        /// (<c>&lt;b&gt;2021-#3&lt;/b&gt;</c>, <c>**2021-#3**</c>; ASCII digits, as docs/diagnostics.md defines a label): a run
        /// without one is page text (headings between entries, the introduction) or an entry whose label is missing or
        /// written wrong, which is an error at its lines; either way no publication is owed for it. The test leans to
        /// counting less: a run it leaves out is checked less, one it counts wrongly would be a false finding.
        /// </summary>
        private static bool HasLabelLine(IReadOnlyList<string> lines, int start, int end)
        {
            // A label inside an HTML comment is an entry put away (<!-- <b>2025-#6</b> … -->): the page shows nothing of it.
            var inComment = false;
            for (var i = start; i < end; i++)
            {
                var value = WithoutTags(WithoutComments(lines[i], ref inComment)).Trim();
                if (value.Length > 6 && value.Take(4).All(c => c is >= '0' and <= '9') && value[4] == '-' && value[5] == '#'
                    && value.Skip(6).All(c => c is >= '0' and <= '9'))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The line without what HTML comments hide of it; a comment left open hides the lines after it too.</summary>
        private static string WithoutComments(string line, ref bool inComment)
        {
            var text = new System.Text.StringBuilder();
            var i = 0;
            while (i < line.Length)
            {
                if (inComment)
                {
                    var close = line.IndexOf("-->", i, StringComparison.Ordinal);
                    if (close < 0)
                    {
                        return text.ToString();
                    }

                    (i, inComment) = (close + 3, false);
                    continue;
                }

                var open = line.IndexOf("<!--", i, StringComparison.Ordinal);
                if (open < 0)
                {
                    text.Append(line, i, line.Length - i);
                    break;
                }

                text.Append(line, i, open - i);
                (i, inComment) = (open + 4, true);
            }

            return text.ToString();
        }

        /// <summary>The line without its tags (a '&lt;' followed by a letter, '/' or '!', to the next '&gt;') and emphasis marks.</summary>
        private static string WithoutTags(string line)
        {
            var text = new System.Text.StringBuilder();
            for (var i = 0; i < line.Length; i++)
            {
                if (line[i] == '<' && i + 1 < line.Length && (char.IsLetter(line[i + 1]) || line[i + 1] is '/' or '!'))
                {
                    var close = line.IndexOf('>', i + 1);
                    if (close < 0)
                    {
                        // An open tag never closed: the reader would not see a label on this line.
                        return line;
                    }

                    i = close;
                    continue;
                }

                if (line[i] is not ('*' or '_'))
                {
                    text.Append(line[i]);
                }
            }

            return text.ToString();
        }

        /// <summary>Whether the closed front matter has a top-level line <c>collection: publications</c>.</summary>
        public static bool DeclaresCollection(IReadOnlyList<string> lines)
        {
            if (lines[0].TrimEnd() != "---" || FrontMatterClose(lines) is var close && close < 0)
            {
                return false;
            }

            for (var i = 1; i < close; i++)
            {
                var line = lines[i];
                if (!line.StartsWith("collection", StringComparison.Ordinal))
                {
                    continue;
                }

                var rest = line.Substring("collection".Length).TrimStart();
                if (!rest.StartsWith(":", StringComparison.Ordinal))
                {
                    continue;
                }

                var value = rest.Substring(1);
                var comment = value.IndexOf(" #", StringComparison.Ordinal);
                value = (comment >= 0 ? value.Substring(0, comment) : value).Trim();
                if (value.Length >= 2 && value[0] is '"' or '\'' && value[value.Length - 1] == value[0])
                {
                    value = value.Substring(1, value.Length - 2);
                }

                if (value == "publications")
                {
                    return true;
                }
            }

            return false;
        }

        private static int FrontMatterClose(IReadOnlyList<string> lines)
        {
            for (var i = 1; i < lines.Count; i++)
            {
                if (lines[i].TrimEnd() is "---" or "...")
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
