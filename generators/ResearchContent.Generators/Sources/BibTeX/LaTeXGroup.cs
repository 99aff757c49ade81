using System.Text;

namespace ResearchContent.Generators.Sources.BibTeX
{
    /// <summary>
    /// A brace group of LaTeX read as a whole: the argument of a command that is no text (<c>\href</c>'s address) or
    /// that is text character for character (<c>\url</c>'s), and TeX's dash ligatures.
    /// </summary>
    internal static class LaTeXGroup
    {
        /// <summary>The offset just after the group that opens at <paramref name="open"/>, or the end of the text.</summary>
        public static int End(string raw, int open)
        {
            var depth = 0;
            for (var i = open; i < raw.Length; i++)
            {
                depth += raw[i] == '{' ? 1 : raw[i] == '}' ? -1 : 0;
                if (depth == 0)
                {
                    return i + 1;
                }
            }

            return raw.Length;
        }

        /// <summary>
        /// The characters of the group that opens at <paramref name="open"/>, without white space, inner braces and the
        /// backslash of a URL's escaped <c>_</c>, <c>%</c>, <c>&amp;</c>, <c>#</c> and <c>$</c>.
        /// </summary>
        public static string Verbatim(string raw, int open, out int end)
        {
            var content = new StringBuilder();
            end = End(raw, open);
            for (var i = open + 1; i < end; i++)
            {
                var c = raw[i];
                var escaped = c == '\\' && i + 1 < raw.Length && raw[i + 1] is '_' or '%' or '&' or '#' or '$';
                if (!escaped && c is not ('{' or '}') && !BibTeXCursor.IsWhiteSpace(c))
                {
                    content.Append(c);
                }
            }

            return content.ToString();
        }

        /// <summary>A run of hyphens as TeX sets it: <c>--</c> is an en dash, <c>---</c> an em dash, one stays a hyphen.</summary>
        public static string Dashes(int count)
        {
            var dashes = new StringBuilder();
            for (; count >= 3; count -= 3)
            {
                dashes.Append('—');
            }

            return dashes.Append(count == 2 ? "–" : count == 1 ? "-" : string.Empty).ToString();
        }
    }
}
