using System.Collections.Generic;
using System.Linq;
using System.Text;
using HtmlAgilityPack;

namespace ResearchContent.Generators.Sources.Page.Entries
{
    /// <summary>
    /// The plain-text form of content: entities decoded, tags stripped, and runs of HTML whitespace
    /// (space, tab, line feed, form feed, carriage return) collapsed to one space, as a browser shows it.
    /// Other characters, such as no-break spaces or U+2028, are kept exactly.
    /// </summary>
    internal static class PlainText
    {
        public static string Of(HtmlNode node)
        {
            var builder = new StringBuilder();
            Append(node, builder);
            return Collapse(builder.ToString());
        }

        public static void Append(HtmlNode node, StringBuilder builder)
        {
            switch (node.NodeType)
            {
                case HtmlNodeType.Text:
                    builder.Append(HtmlEntity.DeEntitize(((HtmlTextNode)node).Text));
                    break;
                case HtmlNodeType.Comment:
                    break;
                default:
                    if (node.Name is "br")
                    {
                        builder.Append(' ');
                        break;
                    }

                    if (node.Name is "script" or "style")
                    {
                        break;
                    }

                    foreach (var child in node.ChildNodes)
                    {
                        Append(child, builder);
                    }

                    break;
            }
        }

        /// <summary>The node's lines (<see cref="Lines"/>) that hold text, trimmed: what a reader sees as its lines.</summary>
        public static List<string> WrittenLines(HtmlNode node) => WrittenLines(Lines(node));

        /// <summary>The lines that hold text, trimmed.</summary>
        public static List<string> WrittenLines(IEnumerable<string> lines) => lines.Select(line => line.Trim()).Where(line => line.Length > 0).ToList();

        /// <summary>The text's lines, tags stripped and entities decoded; <c>&lt;br&gt;</c> ends a line.</summary>
        public static string[] Lines(HtmlNode node)
        {
            var builder = new StringBuilder();
            AppendLines(node, builder);
            return builder.ToString().Split('\n');
        }

        /// <summary>Appends the node's text as <see cref="Lines"/> reads it: <c>&lt;br&gt;</c> ends a line.</summary>
        public static void AppendLines(HtmlNode node, StringBuilder builder)
        {
            if (node.Name is "br")
            {
                builder.Append('\n');
            }
            else if (node.NodeType is HtmlNodeType.Text or HtmlNodeType.Comment)
            {
                Append(node, builder);
            }
            else if (node.Name is not ("script" or "style"))
            {
                foreach (var child in node.ChildNodes)
                {
                    AppendLines(child, builder);
                }
            }
        }

        public static string Collapse(string text)
        {
            var builder = new StringBuilder(text.Length);
            var pendingSpace = false;
            foreach (var c in text)
            {
                if (IsHtmlWhitespace(c))
                {
                    pendingSpace = builder.Length > 0;
                    continue;
                }

                if (pendingSpace)
                {
                    builder.Append(' ');
                    pendingSpace = false;
                }

                builder.Append(c);
            }

            return builder.ToString();
        }

        /// <summary>
        /// The text without spaces and no-break spaces at its edges: an "&amp;nbsp;" typed after a label, a title or a
        /// caption makes room on the screen and is no part of the text; one between words ("Mw&amp;nbsp;7.8") is kept.
        /// </summary>
        public static string TrimEdgeSpace(string text) => text.Trim(EdgeSpace);

        private static readonly char[] EdgeSpace = { ' ', '\u00A0' };

        public static bool IsHtmlWhitespace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';
    }
}
