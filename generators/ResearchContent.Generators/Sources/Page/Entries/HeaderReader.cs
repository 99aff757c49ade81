using System.Linq;
using System.Text;
using HtmlAgilityPack;
using ResearchContent.Generators.Diagnostics;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Sources.Page.Entries
{
    /// <summary>
    /// Reads the header block: the titles in <c>&lt;b&gt;</c> (English or Chinese by script) and the citation, the
    /// first <c>&lt;a href&gt;</c>.
    /// </summary>
    internal static class HeaderReader
    {
        /// <summary>A block is the header when it has a bold title or a link.</summary>
        public static bool IsHeader(HtmlNode element) =>
            element.Descendants().Any(IsBold) || element.Descendants("a").Any(a => a.Attributes["href"] is not null);

        /// <summary>
        /// Whether a block has a bold title and a citation's link, as a header does: after the header, only such a
        /// block is a second header; one with a bold word (<c>&lt;b&gt;Press:&lt;/b&gt;</c>) or a short link is a note.
        /// </summary>
        public static bool HasTitleAndLink(HtmlNode element) =>
            element.Descendants().Any(b => IsBold(b) && PlainText.Of(b).Length >= 12)
            && element.Descendants("a").Any(a => a.Attributes["href"] is not null && PlainText.Of(a).Length >= 30);

        public static void Read(HtmlNode header, HtmlLocator locator, RelativeSpan headerSpan, EntryDraft draft)
        {
            draft.HeaderSpan = headerSpan;
            foreach (var bold in header.Descendants().Where(IsBold))
            {
                // Bold inside a title or inside the citation is emphasis, not another title; bold after the line break
                // of a title whose <b> was left open is a title of its own.
                if (bold.Ancestors().Any(a => a.Name == "a" || (IsBold(a) && !EndsBefore(a, bold))))
                {
                    continue;
                }

                ReadTitle(bold, locator, draft);
            }

            // The first link is the citation; the links after it (a PDF, code, news coverage) are kept as the paper's links.
            var first = true;
            foreach (var anchor in header.Descendants("a").Where(a => a.Attributes["href"] is not null))
            {
                var href = anchor.Attributes["href"];
                var url = HtmlEntity.DeEntitize(href.Value).Trim();
                if (first)
                {
                    draft.SetCitation(PlainText.Of(anchor), url, locator.Of(anchor), locator.Of(href), locator.ExtentOf(anchor));
                    first = false;
                }
                else
                {
                    draft.AddHeaderLink(PlainText.Of(anchor), url, locator.Of(href));
                }
            }

            if (first && PlainCitation(header) is { } plain)
            {
                draft.SetCitation(plain.Text, null, locator.Of(plain.At), locator.Of(plain.At), locator.Of(plain.At));
            }
        }

        /// <summary>
        /// A header without a link: its text outside the titles is the citation, typed without a link (a talk, a
        /// thesis that is not online). <see langword="null"/> when the header holds only titles.
        /// </summary>
        private static (string Text, HtmlNode At)? PlainCitation(HtmlNode header)
        {
            var builder = new StringBuilder();
            HtmlNode? at = null;
            foreach (var text in header.Descendants().OfType<HtmlTextNode>())
            {
                if (text.Ancestors().TakeWhile(a => a != header).Any(IsBold))
                {
                    continue;
                }

                var value = HtmlEntity.DeEntitize(text.Text);
                at ??= value.Trim().Length > 0 ? text : null;
                builder.Append(value).Append(' ');
            }

            var citation = PlainText.Collapse(builder.ToString()).Trim();
            return at is null || citation.Length == 0 ? null : (citation, at);
        }

        private static void ReadTitle(HtmlNode bold, HtmlLocator locator, EntryDraft draft)
        {
            var text = PlainText.TrimEdgeSpace(TitleText(bold));
            if (text.Length == 0)
            {
                return;
            }

            if (Script.IsChinese(text))
            {
                if (draft.TitleZh is null)
                {
                    draft.SetTitleZh(text);
                }
                else
                {
                    draft.Report(DiagnosticDescriptors.UnreadableContent, locator.Of(bold), "second Chinese title");
                }
            }
            else if (draft.TitleEn is null)
            {
                draft.SetTitleEn(text, locator.Of(bold));
            }
            else
            {
                draft.Report(DiagnosticDescriptors.UnreadableContent, locator.Of(bold), "second English title");
            }
        }

        private static bool IsBold(HtmlNode node) => node.Name is "b" or "strong";

        // A <b> left open runs on, in HTML, over the lines below it (the Chinese title, the citation); a reader sees
        // the title end at its line break, as the browser's line does.
        private static HtmlNode? FirstBreak(HtmlNode bold) => bold.ChildNodes.FirstOrDefault(c => c.Name == "br");

        private static bool EndsBefore(HtmlNode bold, HtmlNode node) => FirstBreak(bold) is { } br && node.StreamPosition > br.StreamPosition;

        private static string TitleText(HtmlNode bold)
        {
            if (FirstBreak(bold) is not { } br)
            {
                return PlainText.Of(bold);
            }

            var builder = new StringBuilder();
            foreach (var child in bold.ChildNodes.TakeWhile(c => c != br))
            {
                PlainText.Append(child, builder);
            }

            return PlainText.Collapse(builder.ToString());
        }
    }
}
