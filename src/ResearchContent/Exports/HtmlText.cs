using System.Text;

namespace ResearchContent.Exports
{
    /// <summary>
    /// Encodes text for HTML content and attribute values. Written out rather than taken from WebUtility, whose
    /// choice of which non-ASCII characters to encode differs between runtimes; here only markup characters are.
    /// </summary>
    internal static class HtmlText
    {
        public static void Append(StringBuilder output, string text)
        {
            foreach (var c in text)
            {
                switch (c)
                {
                    case '&': output.Append("&amp;"); break;
                    case '<': output.Append("&lt;"); break;
                    case '>': output.Append("&gt;"); break;
                    case '"': output.Append("&quot;"); break;
                    case '\'': output.Append("&#39;"); break;
                    default: output.Append(c); break;
                }
            }
        }
    }
}
