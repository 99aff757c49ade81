using System.Globalization;
using System.Text;

namespace ResearchContent.Exports
{
    /// <summary>
    /// Writes JSON string literals. The library targets netstandard2.0, which has no System.Text.Json in the box;
    /// a dependency for one escaper is not worth it, and one escaper keeps the output identical on every target.
    /// </summary>
    internal static class JsonText
    {
        public static void AppendString(StringBuilder output, string value)
        {
            output.Append('"');
            foreach (var c in value)
            {
                switch (c)
                {
                    case '"': output.Append("\\\""); break;
                    case '\\': output.Append("\\\\"); break;
                    case '\b': output.Append("\\b"); break;
                    case '\f': output.Append("\\f"); break;
                    case '\n': output.Append("\\n"); break;
                    case '\r': output.Append("\\r"); break;
                    case '\t': output.Append("\\t"); break;
                    default:
                        // Control characters must be escaped; U+2028/U+2029 too, so the output is also valid JavaScript.
                        if (c < 0x20 || c == '\u2028' || c == '\u2029')
                        {
                            output.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            output.Append(c);
                        }

                        break;
                }
            }

            output.Append('"');
        }

        public static string Quote(string value)
        {
            var output = new StringBuilder(value.Length + 2);
            AppendString(output, value);
            return output.ToString();
        }
    }
}
