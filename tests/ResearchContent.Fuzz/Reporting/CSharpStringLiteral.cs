using System.Text;

namespace ResearchContent.Fuzz.Reporting
{
    /// <summary>
    /// A string as a C# literal that survives any content (lone surrogates, NUL, line breaks), so a finding can be
    /// pasted into a regression test as it is.
    /// </summary>
    internal static class CSharpStringLiteral
    {
        public static string Of(string text)
        {
            var literal = new StringBuilder(text.Length + 2).Append('"');
            foreach (var c in text)
            {
                _ = c switch
                {
                    '"' => literal.Append("\\\""),
                    '\\' => literal.Append("\\\\"),
                    '\n' => literal.Append("\\n"),
                    '\r' => literal.Append("\\r"),
                    '\t' => literal.Append("\\t"),
                    _ when c < ' ' || c > '~' => literal.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)),
                    _ => literal.Append(c),
                };
            }

            return literal.Append('"').ToString();
        }
    }
}
