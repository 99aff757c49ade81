using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace ResearchContent.Site.Tests.Infrastructure
{
    /// <summary>Parses the site's HTML with AngleSharp.</summary>
    public static class Html
    {
        /// <summary>Parses a document.</summary>
        /// <param name="html">The HTML.</param>
        /// <returns>The document.</returns>
        public static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

        /// <summary>Fetches and parses a page, asserting its status.</summary>
        /// <param name="client">The client.</param>
        /// <param name="url">The address.</param>
        /// <param name="status">The expected status code.</param>
        /// <returns>The document.</returns>
        public static async Task<IHtmlDocument> GetAsync(HttpClient client, string url, int status = 200)
        {
            using var response = await client.GetAsync(url);
            Assert.Equal(status, (int)response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            return Parse(await response.Content.ReadAsStringAsync());
        }

        /// <summary>A meta tag's content by name, or <see langword="null"/>.</summary>
        /// <param name="document">The document.</param>
        /// <param name="name">The name.</param>
        /// <returns>The content.</returns>
        public static string? Meta(IDocument document, string name) =>
            MetaAll(document, name).SingleOrDefault();

        /// <summary>Every meta tag's content with a name or property, in order.</summary>
        /// <param name="document">The document.</param>
        /// <param name="name">The name or property.</param>
        /// <returns>The contents.</returns>
        public static IReadOnlyList<string> MetaAll(IDocument document, string name) =>
            document.Head!.QuerySelectorAll("meta")
                .Where(m => m.GetAttribute("name") == name || m.GetAttribute("property") == name)
                .Select(m => m.GetAttribute("content") ?? string.Empty)
                .ToList();

        /// <summary>The whitespace-collapsed text of an element.</summary>
        /// <param name="element">The element.</param>
        /// <returns>The text.</returns>
        public static string Text(IElement element) => Collapse(element.TextContent);

        /// <summary>A text with runs of whitespace collapsed to one space and the ends trimmed.</summary>
        /// <param name="text">The text.</param>
        /// <returns>The collapsed text.</returns>
        public static string Collapse(string? text) =>
            string.Join(' ', (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

        /// <summary>The nearest <c>lang</c> attribute of an element or its ancestors.</summary>
        /// <param name="element">The element.</param>
        /// <returns>The language, or <see langword="null"/>.</returns>
        public static string? LangOf(IElement element)
        {
            for (var e = element; e is not null; e = e.ParentElement)
            {
                if (e.HasAttribute("lang"))
                {
                    return e.GetAttribute("lang");
                }
            }

            return null;
        }
    }
}
