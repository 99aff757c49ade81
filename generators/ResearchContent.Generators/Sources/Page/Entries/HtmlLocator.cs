using HtmlAgilityPack;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Sources.Page.Entries
{
    /// <summary>
    /// Locates HTML nodes in the entry. Nodes of an HTML block map to their own span; nodes of HTML rendered
    /// from a Markdown paragraph have no source of their own and map to the paragraph.
    /// </summary>
    internal sealed class HtmlLocator
    {
        private readonly LineMap _map;
        private readonly int _fragmentStart;
        private readonly RelativeSpan? _fixed;

        private HtmlLocator(LineMap map, int fragmentStart, RelativeSpan? fixedSpan)
        {
            _map = map;
            _fragmentStart = fragmentStart;
            _fixed = fixedSpan;
        }

        public static HtmlLocator ForFragment(LineMap map, int fragmentStart) => new(map, fragmentStart, null);

        public static HtmlLocator ForRendered(LineMap map, RelativeSpan paragraph) => new(map, 0, paragraph);

        public int Offset(HtmlNode node) => _fragmentStart + node.StreamPosition;

        public RelativeSpan Of(HtmlNode node) =>
            _fixed ?? _map.Span(_fragmentStart + node.StreamPosition, node.NodeType == HtmlNodeType.Element ? StartTagLength(node) : node.OuterLength);

        /// <summary>The whole element, start tag to end tag, where a part that runs over lines (a wrapped citation) is.</summary>
        public RelativeSpan ExtentOf(HtmlNode element) =>
            _fixed ?? _map.Span(_fragmentStart + element.StreamPosition, element.OuterLength);

        public RelativeSpan Of(HtmlAttribute attribute)
        {
            if (_fixed is { } span)
            {
                return span;
            }

            var end = attribute.ValueStartIndex + attribute.ValueLength;
            var length = end > attribute.StreamPosition ? end - attribute.StreamPosition : attribute.Name.Length;
            if (attribute.QuoteType != AttributeValueQuote.None && end > attribute.StreamPosition)
            {
                length++;
            }

            return _map.Span(_fragmentStart + attribute.StreamPosition, length);
        }

        /// <summary>Elements are located by their start tag, where a reader looks for their attributes.</summary>
        private static int StartTagLength(HtmlNode element)
        {
            var outer = element.OuterHtml;
            var close = outer.IndexOf('>');
            return close < 0 ? outer.Length : close + 1;
        }
    }
}
