using System.Collections.Generic;

namespace ResearchContent.Generators.Sources.BibTeX
{
    /// <summary>
    /// A field's value as BibTeX sees it before any LaTeX is read: the pieces joined by <c>#</c>, each without its
    /// outer braces or quotes, macros replaced by their text. Inner braces are kept, because they still mean
    /// something to the name grammar and to LaTeX. It remembers where each character was written, so that a warning
    /// about a LaTeX command points at the command even when it came from an <c>@string</c>.
    /// </summary>
    internal sealed class BibTeXValue
    {
        private readonly TextSegment[] _segments;

        /// <summary>A value of <paramref name="text"/> written between the offsets <paramref name="start"/> and <paramref name="end"/>, its characters placed by <paramref name="segments"/>.</summary>
        public BibTeXValue(string text, int start, int end, IReadOnlyList<TextSegment> segments)
        {
            Text = text;
            Start = start;
            End = end;
            _segments = new TextSegment[segments.Count];
            for (var i = 0; i < segments.Count; i++)
            {
                _segments[i] = segments[i];
            }
        }

        /// <summary>The value's text, with inner braces and LaTeX as written.</summary>
        public string Text { get; }

        /// <summary>The offset in the file where the value's expression starts (its first brace, quote or name).</summary>
        public int Start { get; }

        /// <summary>The offset just after the expression's last character.</summary>
        public int End { get; }

        /// <summary>Where the runs of <see cref="Text"/> were written, in order.</summary>
        public IReadOnlyList<TextSegment> Segments => _segments;

        /// <summary>Where the character at <paramref name="textOffset"/> of <see cref="Text"/> was written in the file.</summary>
        public int FileOffset(int textOffset)
        {
            var low = 0;
            var high = _segments.Length - 1;
            while (low <= high)
            {
                var mid = (low + high) / 2;
                var segment = _segments[mid];
                if (textOffset < segment.TextStart)
                {
                    high = mid - 1;
                }
                else if (textOffset >= segment.TextStart + segment.Length)
                {
                    low = mid + 1;
                }
                else
                {
                    return segment.FileStart + (textOffset - segment.TextStart);
                }
            }

            return Start;
        }
    }
}
