using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Sources.Page.Entries
{
    /// <summary>An entry's text with its line map: offsets into it, and the spans a reader reports at.</summary>
    internal sealed class EntryText
    {
        public EntryText(string value)
        {
            Value = value;
            Map = LineMap.Of(value);
        }

        public string Value { get; }

        public LineMap Map { get; }

        /// <summary>
        /// The range cut to the text: Markdig ends a block left open at the end of the text (a code fence never closed
        /// in the last line) one character past it.
        /// </summary>
        public (int Start, int Length) Clamp(int start, int length)
        {
            start = System.Math.Min(System.Math.Max(0, start), Value.Length);
            return (start, System.Math.Max(0, System.Math.Min(length, Value.Length - start)));
        }

        /// <summary>The length of the first line of the range, without its line break.</summary>
        public int FirstLineLength(int start, int length)
        {
            var newline = Value.IndexOf('\n', start, length);
            return newline < 0 ? length : newline - start;
        }

        /// <summary>The first line of the range: a block is shown by its first line.</summary>
        public RelativeSpan FirstLineSpan(int start, int length) => Map.Span(start, FirstLineLength(start, length));

        /// <summary>The range without the HTML whitespace at either end.</summary>
        public (int Start, int Length) TrimHtmlWhitespace(int start, int length)
        {
            while (length > 0 && PlainText.IsHtmlWhitespace(Value[start]))
            {
                start++;
                length--;
            }

            while (length > 0 && PlainText.IsHtmlWhitespace(Value[start + length - 1]))
            {
                length--;
            }

            return (start, length);
        }

        /// <summary>The first line that is not blank, without its indentation: where a problem with the whole entry is shown.</summary>
        public RelativeSpan FirstContentLine()
        {
            // Lines one at a time: the first is nearly always the one, and an entry has a few kilobytes more.
            var start = 0;
            for (var i = 0; start >= 0; i++)
            {
                var content = LineMap.LineAt(Value, start, out start).TrimEnd();
                if (content.Trim().Length > 0)
                {
                    var indent = content.Length - content.TrimStart().Length;
                    return new RelativeSpan(i, indent, i, content.Length);
                }
            }

            return new RelativeSpan(0, 0, 0, 0);
        }
    }
}
