using System.Text;

namespace ResearchContent.Exports
{
    /// <summary>Escapes the characters that LaTeX (and so BibTeX) treats as markup; other Unicode passes through.</summary>
    internal static class LatexText
    {
        public static string Escape(string text)
        {
            var result = new StringBuilder(text.Length + 8);
            foreach (var c in text)
            {
                switch (c)
                {
                    case '&':
                    case '%':
                    case '$':
                    case '#':
                    case '_':
                    case '{':
                    case '}':
                        result.Append('\\').Append(c);
                        break;
                    case '~':
                        result.Append(@"\textasciitilde{}");
                        break;
                    case '^':
                        result.Append(@"\textasciicircum{}");
                        break;
                    case '\\':
                        result.Append(@"\textbackslash{}");
                        break;
                    case '\r':
                    case '\n':
                    case '\t':
                        result.Append(' ');
                        break;
                    default:
                        result.Append(c);
                        break;
                }
            }

            return result.ToString();
        }

        /// <summary>
        /// A URL or DOI for BibTeX's verbatim <c>url</c> and <c>doi</c> fields: backslash-escapes would reach the reader
        /// literally there, so only the braces that would unbalance the field are percent-encoded.
        /// </summary>
        public static string Verbatim(string text) =>
            text.Replace("{", "%7B").Replace("}", "%7D").Replace("\\", "%5C").Replace("\r", string.Empty).Replace("\n", string.Empty);
    }
}
