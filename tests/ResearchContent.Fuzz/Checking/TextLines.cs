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
    }
}
