using System;
using System.Collections.Generic;

namespace ResearchContent.Fuzz.Checking
{
    /// <summary>
    /// A content file's lines as the content formats define them (docs/design.md): ending in LF, CRLF or CR, after a
    /// leading byte-order mark is dropped. Written here again, not borrowed from the generator, so the entry counters
    /// check the generator rather than agree with it by construction.
    /// </summary>
    internal static class TextLines
    {
        public static IReadOnlyList<string> Split(string text)
        {
            if (text.Length > 0 && text[0] == '\uFEFF')
            {
                text = text.Substring(1);
            }

            var lines = new List<string>();
            var start = 0;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] is '\r' or '\n')
                {
                    lines.Add(text.Substring(start, i - start));
                    if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
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
        /// A function from an offset into the text as the compiler holds it to the 0-based line of <see cref="Split"/> it
        /// falls on: diagnostics are matched to entries by offset, since the compiler's own lines also end at U+0085,
        /// U+2028 and U+2029.
        /// </summary>
        public static Func<int, int> LineOfOffset(string text)
        {
            var starts = new List<int> { 0 };
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
                {
                    starts.Add(i + 1);
                }
            }

            return offset =>
            {
                var index = starts.BinarySearch(offset);
                return index >= 0 ? index : ~index - 1;
            };
        }
    }
}
