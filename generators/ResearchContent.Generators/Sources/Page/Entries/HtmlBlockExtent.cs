using System;
using HtmlAgilityPack;

namespace ResearchContent.Generators.Sources.Page.Entries
{
    /// <summary>
    /// Where an HTML block ends as kramdown reads it. CommonMark ends an HTML block at the first blank line; kramdown
    /// reads a block-level element to its matching closing tag, across blank lines, and an element that is never
    /// closed to the end of the entry. Real pages rely on this: a figure's <c>&lt;div&gt;</c> with a blank line
    /// between its English and Chinese captions is one figure in the browser.
    /// </summary>
    internal readonly struct HtmlBlockExtent
    {
        private HtmlBlockExtent(int end, HtmlNode? unclosed, HtmlDocument? block = null)
        {
            End = end;
            Unclosed = unclosed;
            Block = block;
        }

        /// <summary>The offset in the entry just after the block.</summary>
        public int End { get; }

        /// <summary>The element that is never closed, whose start tag is where the block's warning goes; else <see langword="null"/>.</summary>
        public HtmlNode? Unclosed { get; }

        /// <summary>The block, parsed on its own, when that parse decided its end; the reader need not parse it again.</summary>
        public HtmlDocument? Block { get; }

        /// <param name="text">The entry.</param>
        /// <param name="start">Where CommonMark's HTML block starts.</param>
        /// <param name="commonMarkEnd">Where CommonMark's HTML block ends.</param>
        /// <param name="isInline">Whether an element name is an inline one, which never extends a block.</param>
        public static HtmlBlockExtent Of(string text, int start, int commonMarkEnd, Func<string, bool> isInline)
        {
            var block = HtmlNesting.Parse(text.Substring(start, commonMarkEnd - start));
            return EndsInBlock(block, isInline) ? new HtmlBlockExtent(commonMarkEnd, null, block) : Full(text, start, commonMarkEnd, isInline);
        }

        /// <summary>
        /// Whether the block alone shows that it ends where CommonMark ends it: every block-level element that starts
        /// at its top is closed by its end tag inside it. HtmlAgilityPack parses from left to right, so an element
        /// closed inside the block is closed at the same tag when the rest of the entry follows, and the entry
        /// (abstracts of kilobytes) need not be parsed to learn it. Anything else is left to the full parse.
        /// </summary>
        private static bool EndsInBlock(HtmlDocument document, Func<string, bool> isInline)
        {
            foreach (var node in document.DocumentNode.ChildNodes)
            {
                if (node.NodeType == HtmlNodeType.Element && !isInline(node.Name)
                    && !(node.Closed && node.EndNode is not null && !ReferenceEquals(node.EndNode, node)))
                {
                    return false;
                }
            }

            return true;
        }

        private static HtmlBlockExtent Full(string text, int start, int commonMarkEnd, Func<string, bool> isInline)
        {
            var document = HtmlNesting.Parse(text.Substring(start));
            foreach (var node in document.DocumentNode.ChildNodes)
            {
                var nodeStart = start + node.StreamPosition;
                if (nodeStart >= commonMarkEnd)
                {
                    break;
                }

                var nodeEnd = nodeStart + node.OuterLength;
                if (node.NodeType != HtmlNodeType.Element || isInline(node.Name) || nodeEnd <= commonMarkEnd)
                {
                    continue;
                }

                // This element starts in the block and runs past its blank line: the block runs to the element's end, or
                // to the end of the entry when it is never closed.
                var closed = node.Closed && node.EndNode is not null && !ReferenceEquals(node.EndNode, node);
                return new HtmlBlockExtent(closed ? Math.Min(nodeEnd, text.Length) : text.Length, closed ? null : node);
            }

            return new HtmlBlockExtent(commonMarkEnd, null);
        }
    }
}
