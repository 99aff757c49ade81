using System;
using System.Collections.Generic;
using HtmlAgilityPack;

namespace ResearchContent.Generators.Sources.Page.Entries
{
    /// <summary>
    /// How deep an entry's HTML may nest before it is read. HtmlAgilityPack parses any depth in linear time, but its
    /// <c>Descendants()</c> nests one iterator per level and <c>OuterHtml</c> renders a whole subtree, so reading an
    /// entry of 20,000 unclosed <c>&lt;sub&gt;</c>s took half a minute (found by fuzzing). No entry nests hundreds deep.
    /// </summary>
    internal static class HtmlNesting
    {
        public const int MaxDepth = 256;

        /// <summary>The HTML parsed, or <see cref="TooDeepException"/> when it leaves too many elements open to parse (see <see cref="UnclosedTags"/>).</summary>
        public static HtmlDocument Parse(string html)
        {
            if (UnclosedTags.TooMany(html))
            {
                throw new TooDeepException();
            }

            var document = new HtmlDocument();
            document.LoadHtml(html);
            return Checked(document);
        }

        /// <summary>The parsed HTML, or <see cref="TooDeepException"/> when elements nest deeper than <see cref="MaxDepth"/>.</summary>
        public static HtmlDocument Checked(HtmlDocument document)
        {
            // By an explicit stack: recursion is what the depth must not be trusted with.
            var pending = new Stack<(HtmlNode Node, int Depth)>();
            pending.Push((document.DocumentNode, 0));
            while (pending.Count > 0)
            {
                var (node, depth) = pending.Pop();
                if (depth > MaxDepth)
                {
                    throw new TooDeepException();
                }

                foreach (var child in node.ChildNodes)
                {
                    pending.Push((child, depth + 1));
                }
            }

            return document;
        }

        /// <summary>Thrown when an entry's HTML nests too deep to read; the entry reader reports it as RC1012.</summary>
        public sealed class TooDeepException : Exception
        {
            public TooDeepException()
                : base("the HTML is nested more than " + MaxDepth + " deep")
            {
            }
        }
    }
}
