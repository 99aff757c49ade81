using System.Collections.Generic;
using System.Collections.Immutable;
using ResearchContent.Generators.Model;

namespace ResearchContent.Generators.Primitives
{
    /// <summary>Turns offsets into a text into 0-based lines and columns.</summary>
    internal sealed class LineMap
    {
        private readonly ImmutableArray<int> _starts;
        private readonly int _length;

        private LineMap(ImmutableArray<int> starts, int length)
        {
            _starts = starts;
            _length = length;
        }

        public ImmutableArray<int> LineStarts => _starts;

        /// <summary>Maps a text whose lines end in LF, CRLF or CR.</summary>
        public static LineMap Of(string text)
        {
            var starts = ImmutableArray.CreateBuilder<int>();
            starts.Add(0);
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                if (c is '\r' or '\n')
                {
                    starts.Add(i + 1);
                }
            }

            return new LineMap(starts.ToImmutable(), text.Length);
        }

        public (int Line, int Column) Position(int offset)
        {
            if (offset < 0)
            {
                offset = 0;
            }

            if (offset > _length)
            {
                offset = _length;
            }

            var line = BinarySearch(offset);
            return (line, offset - _starts[line]);
        }

        public RelativeSpan Span(int start, int length)
        {
            var (startLine, startColumn) = Position(start);
            var (endLine, endColumn) = Position(start + (length < 0 ? 0 : length));
            return new RelativeSpan(startLine, startColumn, endLine, endColumn);
        }

        private int BinarySearch(int offset)
        {
            var low = 0;
            var high = _starts.Length - 1;
            while (low < high)
            {
                var mid = (low + high + 1) / 2;
                if (_starts[mid] <= offset)
                {
                    low = mid;
                }
                else
                {
                    high = mid - 1;
                }
            }

            return low;
        }

        public static IReadOnlyList<string> SplitLines(string text)
        {
            // One loop over the whole text, not LineAt per line: pages run to megabytes, and a cold run executes this
            // before the JIT has optimized anything, when a call per line costs several times more.
            var lines = new List<string>();
            var start = 0;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c is '\r' or '\n')
                {
                    lines.Add(text.Substring(start, i - start));
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    start = i + 1;
                }
            }

            lines.Add(text.Substring(start));
            return lines;
        }

        /// <summary>
        /// The line that starts at <paramref name="start"/>, without its line break, for a reader that stops at the first
        /// line it wants rather than splitting the whole text; the lines are those of <see cref="SplitLines"/>.
        /// </summary>
        /// <param name="next">Where the next line starts; -1 after the last line.</param>
        public static string LineAt(string text, int start, out int next)
        {
            for (var i = start; i < text.Length; i++)
            {
                var c = text[i];
                if (c is '\r' or '\n')
                {
                    next = c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? i + 2 : i + 1;
                    return text.Substring(start, i - start);
                }
            }

            next = -1;
            return text.Substring(start);
        }
    }
}
