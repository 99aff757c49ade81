using System.Globalization;
using System.Text;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Emit
{
    /// <summary>Makes content text safe inside a <c>///</c> XML documentation comment.</summary>
    internal static class XmlDocText
    {
        public static string Escape(string text)
        {
            var builder = new StringBuilder(text.Length);
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
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
                    case var _ when char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]):
                        builder.Append(c).Append(text[++i]);
                        break;
                    case var _ when MisleadingCharacters.Is(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format:
                        // Written as a character reference, which IntelliSense shows as the character and a reviewer
                        // of the generated code sees: a raw one would reorder or hide the comment around it.
                        builder.Append("&#x").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append(';');
                        break;
                    case var _ when char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF':
                        // XML cannot hold a lone surrogate or the noncharacters U+FFFE and U+FFFF, even as a character
                        // reference (they are outside XML's Char production); the data keeps them exactly.
                        builder.Append('\uFFFD');
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
