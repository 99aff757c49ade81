using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace ResearchContent.Site.Services
{
    /// <summary>Builds the site's own links, carrying the chosen language.</summary>
    public static class Links
    {
        /// <summary>The detail page of a publication.</summary>
        /// <param name="key">The publication's key.</param>
        /// <param name="language">The language to keep.</param>
        /// <returns>A site-relative link.</returns>
        public static string Detail(string key, string language) =>
            WithLanguage("/publications/" + Uri.EscapeDataString(key), language);

        /// <summary>A download of one publication.</summary>
        /// <param name="key">The publication's key.</param>
        /// <param name="extension"><c>bib</c>, <c>ris</c> or <c>json</c>.</param>
        /// <returns>A site-relative link.</returns>
        public static string Download(string key, string extension) =>
            "/publications/" + Uri.EscapeDataString(key) + "." + extension;

        /// <summary>A page route with the language query when it is not the default.</summary>
        /// <param name="path">A site-relative path without a query.</param>
        /// <param name="language"><c>en</c> or <c>zh</c>.</param>
        /// <returns>The link.</returns>
        public static string WithLanguage(string path, string language) =>
            language == Language.Chinese ? path + "?lang=zh" : path;

        /// <summary>The current address with the language switched and every other query value kept.</summary>
        /// <param name="request">The current request.</param>
        /// <param name="language">The language to switch to.</param>
        /// <returns>A site-relative link.</returns>
        public static string SwitchLanguage(HttpRequest request, string language) =>
            WithQuery(request, "lang", language == Language.Chinese ? Language.Chinese : Language.English);

        /// <summary>The current address with one query value set.</summary>
        /// <param name="request">The current request.</param>
        /// <param name="name">The query name.</param>
        /// <param name="value">The value.</param>
        /// <returns>A site-relative link.</returns>
        public static string WithQuery(HttpRequest request, string name, string value)
        {
            var builder = new StringBuilder(request.PathBase.Add(request.Path).ToUriComponent());
            var separator = '?';
            foreach (var pair in request.Query.Where(q => !string.Equals(q.Key, name, StringComparison.OrdinalIgnoreCase)))
            {
                foreach (var v in pair.Value)
                {
                    builder.Append(separator).Append(Uri.EscapeDataString(pair.Key)).Append('=').Append(Uri.EscapeDataString(v ?? string.Empty));
                    separator = '&';
                }
            }

            builder.Append(separator).Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
            return builder.ToString();
        }

        /// <summary>The absolute address of a site-relative path on the current host.</summary>
        /// <param name="request">The current request.</param>
        /// <param name="path">A site-relative path.</param>
        /// <returns>The absolute address.</returns>
        public static string Absolute(HttpRequest request, string path) =>
            request.Scheme + "://" + request.Host.ToUriComponent() + request.PathBase.ToUriComponent() + path;

        /// <summary>
        /// A publication's further links that may become links: those with an absolute http(s) address, in order, the
        /// address checked by <see cref="SafeUrl.HttpOrSitePath"/> and a blank text replaced by the address.
        /// </summary>
        /// <param name="links">The links of the publication's header.</param>
        /// <returns>The links to render.</returns>
        public static IReadOnlyList<Link> Safe(IReadOnlyList<Link>? links)
        {
            var safe = new List<Link>();
            foreach (var link in links ?? Array.Empty<Link>())
            {
                if (SafeUrl.HttpOrSitePath(link?.Url) is { } url)
                {
                    safe.Add(new Link { Text = string.IsNullOrWhiteSpace(link!.Text) ? url : link.Text.Trim(), Url = url });
                }
            }

            return safe;
        }

        /// <summary>Splits a text into paragraphs at blank lines.</summary>
        /// <param name="text">The text.</param>
        /// <returns>The non-empty paragraphs.</returns>
        public static IReadOnlyList<string> Paragraphs(string? text) =>
            string.IsNullOrWhiteSpace(text)
                ? Array.Empty<string>()
                : text!.Replace("\r\n", "\n", StringComparison.Ordinal)
                    .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
