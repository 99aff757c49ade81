using System;
using System.Linq;

namespace ResearchContent.Generators.Sources.Page.Entries
{
    /// <summary>
    /// Markup that Jekyll and kramdown replace when they build the site, so that a reader of the page never sees it as
    /// written: a paragraph of Liquid tags alone (<c>{% include base_path %}</c>, <c>{{ content }}</c>) and kramdown's
    /// table-of-contents marker (<c>* TOC</c> with <c>{:toc}</c>), which becomes a list of the page's headings. Neither is
    /// any entry's text.
    /// </summary>
    internal static class BuildTimeMarkup
    {
        /// <summary>Whether the text is nothing but Liquid tags and output (<c>{% … %}</c>, <c>{{ … }}</c>) and space.</summary>
        public static bool IsLiquidOnly(string text)
        {
            var i = 0;
            var sawTag = false;
            while (i < text.Length)
            {
                if (char.IsWhiteSpace(text[i]))
                {
                    i++;
                    continue;
                }

                var close = text.StartsWith("{%", i) ? "%}" : text.StartsWith("{{", i) ? "}}" : null;
                var end = close is null ? -1 : text.IndexOf(close, i + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    return false;
                }

                sawTag = true;
                i = end + 2;
            }

            return sawTag;
        }

        /// <summary>Whether the block's source is kramdown's table-of-contents marker: one list item <c>TOC</c> and <c>{:toc}</c>.</summary>
        public static bool IsTableOfContents(string source)
        {
            var lines = source.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0).ToList();
            return lines.Count == 2 && lines[0].Length > 2 && lines[0][0] is '*' or '-' or '+' or '1'
                && lines[0].TrimStart('*', '-', '+', '1', '.').Trim() == "TOC"
                && lines[1].StartsWith("{:", StringComparison.Ordinal) && lines[1].IndexOf("toc", StringComparison.Ordinal) > 0;
        }

        private static bool StartsWith(this string text, string value, int index) => string.CompareOrdinal(text, index, value, 0, value.Length) == 0;
    }
}
