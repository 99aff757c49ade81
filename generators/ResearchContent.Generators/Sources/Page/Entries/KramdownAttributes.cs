using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using HtmlAgilityPack;

namespace ResearchContent.Generators.Sources.Page.Entries
{
    /// <summary>
    /// kramdown's attribute lists, which Markdig does not know: <c>![…](…){: width="600"}</c> gives the image its
    /// attributes, and <c>### 2023 {#y2023}</c> its heading an id. Jekyll shows neither as text, so neither is.
    /// </summary>
    internal static class KramdownAttributes
    {
        /// <summary>Applies an attribute list written right after an image to it, and removes the list's text.</summary>
        public static void ApplyToImages(HtmlNode rendered)
        {
            foreach (var image in rendered.Descendants("img").ToList())
            {
                if (image.NextSibling is HtmlTextNode text && TrySplit(HtmlEntity.DeEntitize(text.Text), out var list, out var rest))
                {
                    foreach (var (name, value) in Attributes(list))
                    {
                        image.SetAttributeValue(name, value);
                    }

                    text.Text = HtmlDocument.HtmlEncode(rest);
                }
            }
        }

        /// <summary>The heading's text without a trailing <c>{#id}</c> or <c>{: .class}</c>.</summary>
        public static string WithoutTrailingList(string heading)
        {
            var open = heading.LastIndexOf('{');
            if (open > 0 && heading.EndsWith("}", StringComparison.Ordinal) && open + 1 < heading.Length && heading[open + 1] is '#' or ':' or '.')
            {
                return heading.Substring(0, open).TrimEnd();
            }

            return heading;
        }

        /// <summary>
        /// Whether a line is an attribute list alone (<c>{: style="text-align: justify;"}</c>, <c>{:.notice}</c>), which
        /// kramdown applies to the block above it and shows nothing of.
        /// </summary>
        public static bool IsListLine(string line) => TrySplit(line, out _, out var rest) && rest.Trim().Length == 0 && line.TrimEnd().EndsWith("}", StringComparison.Ordinal);

        /// <summary>Splits <c>{: width="600"} caption</c> into the list's inside and the text after it.</summary>
        private static bool TrySplit(string text, out string list, out string rest)
        {
            list = rest = string.Empty;
            var start = text.TrimStart();
            var close = start.IndexOf('}');
            if (!start.StartsWith("{:", StringComparison.Ordinal) || close < 0)
            {
                return false;
            }

            list = start.Substring(2, close - 2);
            rest = start.Substring(close + 1);
            return true;
        }

        /// <summary>The <c>name="value"</c> pairs of a list; <c>.class</c> and <c>#id</c> shorthands are left out, as no field holds them.</summary>
        private static IEnumerable<(string Name, string Value)> Attributes(string list)
        {
            var i = 0;
            while (i < list.Length)
            {
                while (i < list.Length && char.IsWhiteSpace(list[i]))
                {
                    i++;
                }

                var nameStart = i;
                while (i < list.Length && (char.IsLetterOrDigit(list[i]) || list[i] is '-' or '_'))
                {
                    i++;
                }

                var name = list.Substring(nameStart, i - nameStart);
                if (name.Length == 0 || i >= list.Length || list[i] != '=')
                {
                    // A shorthand or a stray character: skip to the next space.
                    while (i < list.Length && !char.IsWhiteSpace(list[i]))
                    {
                        i++;
                    }

                    continue;
                }

                i++;
                var quote = i < list.Length && list[i] is '"' or '\'' ? list[i++] : ' ';
                var value = new StringBuilder();
                while (i < list.Length && list[i] != quote && !(quote == ' ' && char.IsWhiteSpace(list[i])))
                {
                    value.Append(list[i++]);
                }

                i++;
                yield return (name.ToLowerInvariant(), value.ToString());
            }
        }
    }
}
