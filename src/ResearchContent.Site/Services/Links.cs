using System;
using System.Collections.Generic;
using System.Linq;

namespace ResearchContent.Site.Services
{
    /// <summary>The content's own links and paragraphs as the pages show them; the site's addresses are <see cref="SiteUrls"/>'s.</summary>
    public static class Links
    {
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
