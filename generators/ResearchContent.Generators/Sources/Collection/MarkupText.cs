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
            if (UnclosedTags.TooMany(html))
            {
                return WithoutTags(html);
            }

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
                var html = Markdown.ToHtml(markdown);
                if (UnclosedTags.TooMany(html))
                {
                    return WithoutTags(html);
                }

                document.LoadHtml(html);
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

        /// <summary>
        /// Text with its tags cut out and its entities decoded, for HTML that leaves too many elements open for the
        /// parser (see <see cref="UnclosedTags"/>): linear, and enough for text nobody wrote by hand.
        /// </summary>
        private static string WithoutTags(string html) =>
            System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(html, "<[^<>]*>", " ")).Trim();
    }
}
