using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using HtmlAgilityPack;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Sources.Page.Entries
{
    /// <summary>
    /// Reads what a hand-written entry holds besides its header, abstract and figures: a
    /// <c>&lt;div class="note"&gt;</c>, a heading and list of highlights, a block quote, a BibTeX snippet in a code
    /// fence. Pages written over years have them, and a reader keeps them as notes, not as abstract: they land in
    /// the publication's <c>Notes</c>, English and Chinese by script, one paragraph per block that holds no other
    /// block, so that a list's items stay apart. An element whose class or id says it is the abstract is the abstract.
    /// </summary>
    internal static class NoteReader
    {
        private static readonly HashSet<string> BlockElements = new(StringComparer.Ordinal)
        {
            "address", "article", "aside", "blockquote", "center", "dd", "details", "div", "dl", "dt", "figcaption",
            "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "li", "main", "nav", "ol", "p", "pre",
            "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
        };

        private static readonly HashSet<string> AbstractHeadings = new(StringComparer.Ordinal)
        {
            "abstract", "摘要", "abstract摘要", "摘要abstract", "summary",
        };

        private static readonly HashSet<string> MediaElements = new(StringComparer.Ordinal)
        {
            "audio", "embed", "iframe", "object", "video",
        };

        /// <summary>Reads a rendered Markdown heading, list, block quote or code fence as notes.</summary>
        public static void ReadMarkdown(HtmlNode rendered, HtmlLocator locator, RelativeSpan span, EntryDraft draft)
        {
            if (IsAbstractMarker(rendered))
            {
                return;
            }

            ReadLinks(rendered, locator, draft);
            if (IsOnlyLinks(rendered))
            {
                return;
            }

            foreach (var lines in Paragraphs(rendered))
            {
                draft.AddNote(lines, span);
            }
        }

        /// <summary>Reads an HTML element that is neither header nor figure.</summary>
        /// <returns>
        /// <see langword="false"/> when it shows something with no text, such as an <c>&lt;iframe&gt;</c> or a
        /// <c>&lt;video&gt;</c>, which no field can hold; an empty element, such as a clearing
        /// <c>&lt;div&gt;</c>, is read as nothing.
        /// </returns>
        public static bool TryReadElement(HtmlNode element, HtmlLocator locator, EntryDraft draft)
        {
            if (Media(element) is not null || element.Name == "hr")
            {
                return false;
            }

            var span = locator.Of(element);
            var paragraphs = Paragraphs(element);
            if (SaysAbstract(element))
            {
                foreach (var lines in paragraphs.Where(lines => !(lines.Length == 1 && IsAbstractMarker(lines[0]))))
                {
                    draft.AddAbstract(lines, span);
                }

                return true;
            }

            if (IsAbstractMarker(element))
            {
                return true;
            }

            ReadLinks(element, locator, draft);
            if (IsOnlyLinks(element))
            {
                return true;
            }

            foreach (var lines in paragraphs)
            {
                draft.AddNote(lines, span);
            }

            return true;
        }

        /// <summary>An element that plays or embeds something (<c>&lt;video&gt;</c>, <c>&lt;iframe&gt;</c>): no field holds it.</summary>
        public static HtmlNode? Media(HtmlNode node) =>
            node.DescendantsAndSelf().FirstOrDefault(n => n.NodeType == HtmlNodeType.Element && MediaElements.Contains(n.Name));

        /// <summary>
        /// Whether the text only says "Abstract" (<c>## Abstract</c>, <c>**Abstract:**</c>, <c>摘要</c>): it marks the
        /// abstract that follows and is markup, not a note.
        /// </summary>
        public static bool IsAbstractMarker(HtmlNode node) => IsAbstractMarker(PlainText.Of(node));

        private static bool IsAbstractMarker(string text)
        {
            var letters = new StringBuilder();
            foreach (var c in text)
            {
                if (char.IsLetter(c))
                {
                    letters.Append(char.ToLowerInvariant(c));
                }
                else if (!char.IsWhiteSpace(c) && !char.IsPunctuation(c))
                {
                    return false;
                }
            }

            return AbstractHeadings.Contains(letters.ToString());
        }

        /// <summary>
        /// Whether the text is nothing but links and the marks between them (<c>[PDF] | [Code]</c>): a row of the
        /// paper's links, not a paragraph of its abstract.
        /// </summary>
        public static bool IsOnlyLinks(HtmlNode node)
        {
            var links = 0;
            foreach (var text in node.DescendantsAndSelf().Where(n => n.NodeType == HtmlNodeType.Text))
            {
                if (text.Ancestors("a").Any(a => a.Attributes["href"] is not null))
                {
                    links++;
                    continue;
                }

                if (HtmlEntity.DeEntitize(((HtmlTextNode)text).Text).Any(char.IsLetterOrDigit))
                {
                    return false;
                }
            }

            return links > 0;
        }

        /// <summary>
        /// Whether the node is a row of links after a short label (<c>媒体报道 / Press: [ScienceDaily](…) · [中国科学报](…)</c>):
        /// a remark, not abstract text.
        /// </summary>
        public static bool IsLabelledLinks(HtmlNode node)
        {
            var label = new System.Text.StringBuilder();
            var links = 0;
            foreach (var text in node.DescendantsAndSelf().Where(n => n.NodeType == HtmlNodeType.Text))
            {
                if (text.Ancestors("a").Any(a => a.Attributes["href"] is not null))
                {
                    links++;
                    continue;
                }

                var value = HtmlEntity.DeEntitize(((HtmlTextNode)text).Text);
                if (links == 0)
                {
                    label.Append(value);
                }
                else if (value.Any(char.IsLetterOrDigit))
                {
                    return false;
                }
            }

            var trimmed = label.ToString().Trim();
            return links > 0 && trimmed.Length is > 1 and <= LongestLinksLabel && trimmed[trimmed.Length - 1] is ':' or '：';
        }

        // "Media coverage / 媒体报道:" — a label, not a sentence.
        private const int LongestLinksLabel = 40;

        // A note's links (news coverage, a data set) are the paper's further links, as the header's are.
        /// <summary>The links in a block of text (a note, an abstract's "available on [figshare](…)") are the paper's links.</summary>
        public static void ReadLinks(HtmlNode node, HtmlLocator locator, EntryDraft draft)
        {
            foreach (var anchor in node.Descendants("a"))
            {
                if (anchor.Attributes["href"] is { } href)
                {
                    draft.AddHeaderLink(PlainText.Of(anchor), HtmlEntity.DeEntitize(href.Value).Trim(), locator.Of(href));
                }
            }
        }

        /// <summary>The text of each block that holds no other block, as lines; blocks with no text are left out.</summary>
        private static List<string[]> Paragraphs(HtmlNode root)
        {
            var paragraphs = new List<string[]>();
            Collect(root, paragraphs);
            return paragraphs;
        }

        private static void Collect(HtmlNode node, List<string[]> paragraphs)
        {
            var inline = new StringBuilder();
            foreach (var child in node.ChildNodes)
            {
                if (child.NodeType == HtmlNodeType.Element && child.Name == "pre")
                {
                    // Code keeps its lines (a BibTeX entry's fields): each line that holds text is a paragraph.
                    Flush(inline, paragraphs);
                    foreach (var line in HtmlEntity.DeEntitize(child.InnerText).Split('\n'))
                    {
                        if (PlainText.Collapse(line).Length > 0)
                        {
                            paragraphs.Add(new[] { line });
                        }
                    }
                }
                else if (child.NodeType == HtmlNodeType.Element && SectionLine.HeadingLevel(child) is not null)
                {
                    // "### Highlights {#hl}": kramdown's attribute list is no part of the heading's text.
                    Flush(inline, paragraphs);
                    var heading = new StringBuilder();
                    PlainText.AppendLines(child, heading);
                    var text = KramdownAttributes.WithoutTrailingList(PlainText.Collapse(heading.ToString()));
                    Flush(heading.Clear().Append(text), paragraphs);
                }
                else if (child.NodeType == HtmlNodeType.Element && BlockElements.Contains(child.Name))
                {
                    Flush(inline, paragraphs);
                    Collect(child, paragraphs);
                }
                else
                {
                    PlainText.AppendLines(child, inline);
                }
            }

            Flush(inline, paragraphs);
        }

        private static void Flush(StringBuilder inline, List<string[]> paragraphs)
        {
            var text = inline.ToString();
            inline.Clear();
            if (PlainText.Collapse(text).Length > 0)
            {
                paragraphs.Add(text.Split('\n'));
            }
        }

        /// <summary>
        /// Whether the element's class or id says it is a note (<c>&lt;p class="note"&gt;</c>, <c>class="paper-notes"</c>):
        /// the author marked it apart from the abstract, so a paragraph so marked is a note, as a <c>&lt;div&gt;</c> is,
        /// just as an element marked abstract is the abstract whatever its tag.
        /// </summary>
        public static bool SaysNote(HtmlNode element) =>
            Names(element).IndexOf("note", StringComparison.OrdinalIgnoreCase) >= 0;

        // By its class or id, or, for a collapsible <details>, by its <summary>: "<details><summary>Abstract</summary> …".
        private static bool SaysAbstract(HtmlNode element)
        {
            var names = Names(element);
            return names.IndexOf("abstract", StringComparison.OrdinalIgnoreCase) >= 0 || names.IndexOf("摘要", StringComparison.Ordinal) >= 0
                || (element.Name == "details" && element.Element("summary") is { } summary && IsAbstractMarker(summary));
        }

        private static string Names(HtmlNode element) =>
            element.GetAttributeValue("class", string.Empty) + " " + element.GetAttributeValue("id", string.Empty);
    }
}
