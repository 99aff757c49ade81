using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using ResearchContent.Generators.Diagnostics;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Sources.Page
{
    /// <summary>
    /// Cuts a page into front matter, entries and trailer by its lines, before any Markdown parsing, so that
    /// each entry can be parsed (and cached) on its own. Entries are separated by '---' lines (or another horizontal
    /// rule, '***', '___'); a line of four or more dashes ends the entries, and what follows is page text.
    /// </summary>
    internal static class PageSplitter
    {
        public static PageSource Split(string filePath, string relativePath, string text, CancellationToken cancellationToken)
        {
            // Line starts in the text as the compiler holds it, byte-order mark included, so that a diagnostic's offset and
            // its line agree (found by fuzzing: after a leading U+FEFF every offset was one character early).
            var lineStarts = FileLines.OfTextWithoutByteOrderMark(ref text);

            var lines = LineMap.SplitLines(text);
            var diagnostics = new List<DiagnosticInfo>();
            var frontMatter = FrontMatter.Empty;
            var first = 0;

            if (lines.Count > 0 && lines[0].TrimEnd() == "---")
            {
                var close = -1;
                for (var i = 1; i < lines.Count; i++)
                {
                    var trimmed = lines[i].TrimEnd();
                    if (trimmed is "---" or "...")
                    {
                        close = i;
                        break;
                    }
                }

                if (close < 0)
                {
                    diagnostics.Add(DiagnosticInfo.At(
                        DiagnosticDescriptors.InvalidFrontMatter.Id, filePath, lineStarts, new RelativeSpan(0, 0, 0, 3),
                        "the front matter is not closed by a '---' line"));
                    return new PageSource(filePath, relativePath, frontMatter, EquatableArray<EntrySource>.Empty, lineStarts, diagnostics.ToEquatableArray());
                }

                var yaml = string.Join("\n", lines.Skip(1).Take(close - 1));
                var result = FrontMatterReader.Read(yaml);
                var markup = FirstMarkupLine(lines, 1, close);
                if (result.Error is not null && markup > 0 && result.ErrorLine + 1 >= markup)
                {
                    // The closing line is missing and the YAML ran into the first entry, up to the first '---'
                    // between entries: point at the entry, not at a YAML parser message about it.
                    diagnostics.Add(DiagnosticInfo.At(
                        DiagnosticDescriptors.InvalidFrontMatter.Id, filePath, lineStarts, new RelativeSpan(markup, 0, markup, lines[markup].TrimEnd().Length),
                        "the front matter is not closed by a '---' line before this line"));
                }
                else if (result.Error is not null)
                {
                    var line = result.ErrorLine + 1;
                    var column = result.ErrorColumn;
                    var end = line < lines.Count ? System.Math.Max(column, lines[line].Length) : column;
                    diagnostics.Add(DiagnosticInfo.At(
                        DiagnosticDescriptors.InvalidFrontMatter.Id, filePath, lineStarts, new RelativeSpan(line, column, line, end), result.Error));
                }

                frontMatter = Shift(result.FrontMatter, 1);
                first = close + 1;
            }

            var entries = new List<EntrySource>();
            var chunkStart = first;
            var hasLabel = false;

            // Entries are runs of whole lines; a run with no text (blank lines between two '---') is no entry.
            void Flush(int end, int nextStart)
            {
                var text = new StringBuilder();
                var hasText = false;
                for (var line = chunkStart; line < end; line++)
                {
                    text.Append(line > chunkStart ? "\n" : string.Empty).Append(lines[line]);
                    hasText |= lines[line].Trim().Length > 0;
                }

                if (hasText)
                {
                    entries.Add(new EntrySource(text.ToString(), chunkStart));
                }

                chunkStart = nextStart;
                hasLabel = false;
            }

            var last = lines.Count;
            for (var i = first; i < lines.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var trimmed = lines[i].Trim();
                if (IsDashLine(trimmed))
                {
                    Flush(i, i + 1);
                    if (trimmed.Length > 3)
                    {
                        last = i;
                        break;
                    }

                    continue;
                }

                // "***", "___" or "- - -" is the same horizontal rule to Markdown, and pages use it the same way.
                if (IsOtherRule(trimmed))
                {
                    Flush(i, i + 1);
                    continue;
                }

                if (UnseparatedEntries.IsLabelLine(lines[i]))
                {
                    if (hasLabel)
                    {
                        var start = UnseparatedEntries.HeadingsAbove(lines, chunkStart, i);
                        Flush(start, start);
                    }

                    hasLabel = true;
                }
            }

            if (last == lines.Count)
            {
                Flush(lines.Count, lines.Count);
            }

            return new PageSource(filePath, relativePath, frontMatter, entries.ToEquatableArray(), lineStarts, diagnostics.ToEquatableArray());
        }

        /// <summary>The first line that starts with an HTML tag, which no YAML front matter line does; -1 if none.</summary>
        private static int FirstMarkupLine(IReadOnlyList<string> lines, int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                if (lines[i].StartsWith("<", System.StringComparison.Ordinal))
                {
                    return i;
                }
            }

            return -1;
        }

        private static bool IsDashLine(string trimmed) => trimmed.Length >= 3 && trimmed.All(c => c == '-');

        /// <summary>A thematic break other than a run of dashes: three or more '*', '_' or spaced '-', and only spaces between.</summary>
        private static bool IsOtherRule(string trimmed)
        {
            if (trimmed.Length < 3 || trimmed[0] is not ('*' or '_' or '-') || IsDashLine(trimmed))
            {
                return false;
            }

            var mark = trimmed[0];
            return trimmed.All(c => c == mark || c is ' ' or '\t') && trimmed.Count(c => c == mark) >= 3;
        }

        private static FrontMatter Shift(FrontMatter frontMatter, int lines) => new(
            frontMatter.Values.Select(v => v with { Line = v.Line + lines }).ToEquatableArray(),
            frontMatter.KeyOverrides.Select(v => v with { Line = v.Line + lines }).ToEquatableArray());
    }
}
