using System.Collections.Generic;

namespace ResearchContent.Fuzz.Checking
{
    /// <summary>
    /// A content file's lines as the compiler's SourceText counts them, which is where diagnostics point: ending in LF,
    /// CRLF, CR, U+0085, U+2028 or U+2029, after a leading byte-order mark is dropped. Written here again, not borrowed from the generator, so the entry counters
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
                if (IsBreak(text[i]))
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

        public static bool IsBreak(char c) => c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029';
    }
}
