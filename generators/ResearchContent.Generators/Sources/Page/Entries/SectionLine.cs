using System.Linq;
using HtmlAgilityPack;

namespace ResearchContent.Generators.Sources.Page.Entries
{
    /// <summary>
    /// Recognises the headings pages write between entries to group them (<c>&lt;h2&gt;2021&lt;/h2&gt;</c>,
    /// <c>**Journal articles**</c>): the page's sections (see <c>SectionHeading</c>).
    /// </summary>
    internal static class SectionLine
    {
        // Longer than a heading: a bold sentence above the label ("* indicates the corresponding author.") is the
        // page's introduction, not a section.
        private const int LongestBoldLine = 80;

        /// <summary>1 to 6 for an <c>&lt;h1&gt;</c> to <c>&lt;h6&gt;</c> element, else <see langword="null"/>.</summary>
        public static int? HeadingLevel(HtmlNode element) =>
            element.Name.Length == 2 && element.Name[0] == 'h' && element.Name[1] is >= '1' and <= '6' ? element.Name[1] - '0' : null;

        /// <summary>
        /// The text of a rendered paragraph that is one run of bold text and nothing else, short and not ending as a
        /// sentence does; otherwise <see langword="null"/>.
        /// </summary>
        public static string? BoldLineText(HtmlNode rendered)
        {
            var paragraph = rendered.ChildNodes.Where(n => n.NodeType == HtmlNodeType.Element || PlainText.Of(n).Length > 0).ToList();
            if (paragraph.Count != 1 || paragraph[0].Name != "p")
            {
                return null;
            }

            var parts = paragraph[0].ChildNodes.Where(n => n.NodeType == HtmlNodeType.Element || PlainText.Of(n).Length > 0).ToList();
            if (parts.Count != 1 || parts[0].Name is not ("strong" or "b"))
            {
                return null;
            }

            var text = PlainText.Of(parts[0]).Trim();
            return text.Length is > 0 and <= LongestBoldLine && !text.EndsWith(".", System.StringComparison.Ordinal) && !text.EndsWith("。", System.StringComparison.Ordinal)
                ? text
                : null;
        }
    }
}
