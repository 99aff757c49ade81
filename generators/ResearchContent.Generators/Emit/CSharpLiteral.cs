using System.Globalization;
using System.Text;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Emit
{
    /// <summary>
    /// Writes content text as C# UTF-8 string literals (<c>"…"u8</c>). UTF-8 literals live in the assembly's
    /// data section, not in the user-string heap whose 16 MB limit (CS8103) ordinary literals hit at about
    /// 4,500 publications.
    /// </summary>
    internal static class CSharpLiteral
    {
        public static string Utf8(string value) => Quote(value) + "u8";

        public static string Bool(bool value) => value ? "true" : "false";

        /// <summary>A number, or <c>null</c>.</summary>
        public static string Number(int? value) => value is { } number ? Invariant.Number(number) : "null";

        public static string Quote(string value)
        {
            var builder = new StringBuilder(value.Length + 2);
            builder.Append('"');
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];

                // Most of a catalog's text is printable ASCII, which is written as it is: the fast path of a 30 MB emit.
                if (c is >= ' ' and < '\u007F' and not '"' and not '\\')
                {
                    builder.Append(c);
                    continue;
                }

                switch (c)
                {
                    case '"':
                        builder.Append("\\\"");
                        break;
                    case '\\':
                        builder.Append("\\\\");
                        break;
                    case '\n':
                        builder.Append("\\n");
                        break;
                    case '\r':
                        builder.Append("\\r");
                        break;
                    case '\t':
                        builder.Append("\\t");
                        break;
                    default:
                        if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                        {
                            builder.Append(c).Append(value[++i]);
                        }
                        else if (NeedsEscape(c))
                        {
                            builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            builder.Append(c);
                        }

                        break;
                }
            }

            return builder.Append('"').ToString();
        }

        /// <summary>
        /// Control characters, the characters C# reads as line breaks (U+0085, U+2028, U+2029), lone surrogates
        /// and format characters are escaped, so that the generated file shows exactly what it holds.
        /// </summary>
        private static bool NeedsEscape(char c) =>
            c < ' ' || c is >= '\u007F' and <= '\u009F' || c is '\u2028' or '\u2029'
            || char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;
    }
}
