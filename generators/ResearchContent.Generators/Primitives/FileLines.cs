using Microsoft.CodeAnalysis.Text;

namespace ResearchContent.Generators.Primitives
{
    /// <summary>
    /// A file's lines twice over: as the readers count them and as the compiler reports them.
    /// </summary>
    /// <remarks>
    /// Markdown, YAML front matter as the page reads it, and BibTeX end lines at CR, LF and CRLF, and content keeps
    /// U+0085, U+2028 and U+2029 as text (a title may hold one). The compiler's <see cref="SourceText"/> also ends a line
    /// at each of those three, and places a diagnostic by the lines it counts. So readers speak in their own lines, and a
    /// diagnostic is turned into the compiler's lines in one place, <see cref="Diagnostics.DiagnosticInfo.At"/>. Found
    /// by fuzzing: after a U+2028 every diagnostic on the line was reported one line early.
    /// </remarks>
    /// <param name="Starts">The offset of every line as the readers count them.</param>
    /// <param name="OtherBreaks">The offset of every U+0085, U+2028 and U+2029: where the compiler also ends a line. Almost always empty.</param>
    /// <param name="ReadersSkipByteOrderMark">
    /// Whether the readers read the text without a leading U+FEFF (as Jekyll does), so that their first line's columns
    /// stand one character after the compiler's.
    /// </param>
    internal sealed record FileLines(EquatableArray<int> Starts, EquatableArray<int> OtherBreaks, bool ReadersSkipByteOrderMark = false)
    {
        /// <summary>No lines: a file that could not be read.</summary>
        public static FileLines Empty { get; } = new(EquatableArray<int>.Empty, EquatableArray<int>.Empty);

        /// <summary>The lines of a file's text as the compiler holds it (a byte-order mark included).</summary>
        public static FileLines Of(string text) => Of(text, LineMap.Of(text));

        /// <summary>The lines of a file's text as the compiler holds it, from the reader's own map of that text.</summary>
        public static FileLines Of(string text, LineMap map)
        {
            var breaks = new System.Collections.Generic.List<int>();
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] is '\u0085' or '\u2028' or '\u2029')
                {
                    breaks.Add(i);
                }
            }

            return new FileLines(map.LineStarts.ToEquatableArray(), breaks.ToEquatableArray());
        }

        /// <summary>
        /// The lines of a file's text as the compiler holds it, for readers that read <paramref name="text"/> without
        /// its leading byte-order mark, which <paramref name="text"/> becomes.
        /// </summary>
        public static FileLines OfTextWithoutByteOrderMark(ref string text)
        {
            var lines = Of(text);
            if (!ByteOrderMark.Leads(text))
            {
                return lines;
            }

            text = ByteOrderMark.Strip(text);
            return lines with { ReadersSkipByteOrderMark = true };
        }

        /// <summary>The offset of a 0-based line and column as the readers count them.</summary>
        public int Offset(int line, int column)
        {
            if (Starts.Count == 0 || line < 0)
            {
                return 0;
            }

            return (line < Starts.Count ? Starts[line] : Starts[Starts.Count - 1]) + column + (line == 0 && ReadersSkipByteOrderMark ? 1 : 0);
        }

        /// <summary>The 0-based line and column of an offset as the compiler counts them.</summary>
        public LinePosition CompilerPosition(int offset)
        {
            var line = Count(Starts, offset + 1) - 1;
            var lineStart = line < 0 ? 0 : Starts[line];
            var before = Count(OtherBreaks, offset);
            if (before > 0 && OtherBreaks[before - 1] + 1 > lineStart)
            {
                // The last break before the offset, inside the readers' line, is where the compiler's line starts.
                lineStart = OtherBreaks[before - 1] + 1;
            }

            return new LinePosition((line < 0 ? 0 : line) + before, offset - lineStart);
        }

        /// <summary>How many of the ascending <paramref name="offsets"/> are less than <paramref name="limit"/>.</summary>
        private static int Count(EquatableArray<int> offsets, int limit)
        {
            var low = 0;
            var high = offsets.Count;
            while (low < high)
            {
                var mid = (low + high) / 2;
                if (offsets[mid] < limit)
                {
                    low = mid + 1;
                }
                else
                {
                    high = mid;
                }
            }

            return low;
        }
    }
}
