using System;
using System.Collections.Generic;
using HtmlAgilityPack;
using Markdig;
using ResearchContent.Generators.Sources.Page.Entries;

namespace ResearchContent.Generators.Sources.Collection
{
    /// <summary>
    /// Front-matter text as a reader of the site sees it. The academicpages templates print <c>title</c>, <c>venue</c>
    /// and <c>citation</c> as HTML (so <c>&amp;quot;</c> shows as a quotation mark and <c>&lt;i&gt;</c> as italics),
    /// and <c>excerpt</c> through Jekyll's <c>markdownify</c>.
    /// </summary>
    internal static class MarkupText
    {
        /// <summary>HTML as plain text: entities decoded, tags stripped, whitespace runs collapsed (<see cref="PlainText"/>).</summary>
        public static string FromHtml(string html)
        {
            var document = new HtmlDocument();
            document.LoadHtml(html);
            return PlainText.Of(document.DocumentNode);
        }

        /// <summary>
        /// Markdown rendered, then as plain text, one paragraph (or list, or heading) after another with a blank line
        /// between them, as page abstracts are joined.
        /// </summary>
        public static string FromMarkdown(string markdown)
        {
            var document = new HtmlDocument();
            try
            {
                document.LoadHtml(Markdown.ToHtml(markdown));
            }
            catch (Exception exception) when (MarkdownDepthLimit.Refused(exception))
            {
                // Markdown too deep to render is shown as written: an excerpt is worth keeping, not worth RC0002.
                return markdown.Trim();
            }

            var paragraphs = new List<string>();
            foreach (var block in document.DocumentNode.ChildNodes)
            {
                var text = PlainText.Of(block);
                if (text.Length > 0)
                {
                    paragraphs.Add(text);
                }
            }

            return string.Join("\n\n", paragraphs);
        }
    }
}
