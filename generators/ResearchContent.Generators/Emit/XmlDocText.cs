using System.Text;

namespace ResearchContent.Generators.Emit
{
    /// <summary>Makes content text safe inside a <c>///</c> XML documentation comment.</summary>
    internal static class XmlDocText
    {
        public static string Escape(string text)
        {
            var builder = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                switch (c)
                {
                    case '&':
                        builder.Append("&amp;");
                        break;
                    case '<':
                        builder.Append("&lt;");
                        break;
                    case '>':
                        builder.Append("&gt;");
                        break;
                    default:
                        // A line break of any kind would end the comment and let the rest of the text be read as code;
                        // other control characters are not allowed in XML.
                        builder.Append(c < ' ' || c is '\u007F' or '\u0085' or '\u2028' or '\u2029' ? ' ' : c);
                        break;
                }
            }

            return builder.ToString();
        }
    }
}
