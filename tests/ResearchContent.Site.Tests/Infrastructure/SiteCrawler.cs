using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using AngleSharp.Dom;

namespace ResearchContent.Site.Tests.Infrastructure
{
    /// <summary>What a crawl found.</summary>
    /// <param name="Statuses">Every address fetched, with its status.</param>
    /// <param name="Referrers">For each address, the first page that linked to it.</param>
    /// <param name="Outside">Links to the crawled origin that leave the base path, with the page they are on.</param>
    public sealed record CrawlResult(IReadOnlyDictionary<Uri, int> Statuses, IReadOnlyDictionary<Uri, Uri> Referrers, IReadOnlyList<(Uri Page, string Link)> Outside);

    /// <summary>
    /// Follows every link of a site from an entry page, as a reader or a search engine would: a/href, link/href,
    /// img/src, script/src and a meta refresh's address, parsed with AngleSharp. Addresses at the published origin
    /// (canonical and alternate links) are fetched from the server under test.
    /// </summary>
    public static class SiteCrawler
    {
        /// <summary>Crawls the site.</summary>
        /// <param name="client">A client that does not follow redirects.</param>
        /// <param name="entry">The entry page.</param>
        /// <param name="basePath">The base path every link must stay in, such as <c>/lab-site/</c>.</param>
        /// <param name="publishedOrigin">The origin the site is published at, whose addresses are fetched from the entry's origin.</param>
        /// <returns>What was found.</returns>
        public static async Task<CrawlResult> CrawlAsync(HttpClient client, Uri entry, string basePath, Uri publishedOrigin)
        {
            var statuses = new Dictionary<Uri, int>();
            var referrers = new Dictionary<Uri, Uri>();
            var outside = new List<(Uri, string)>();
            var queue = new Queue<Uri>();
            queue.Enqueue(entry);
            referrers[entry] = entry;
            while (queue.Count > 0)
            {
                var page = queue.Dequeue();
                using var response = await client.GetAsync(page);
                statuses[page] = (int)response.StatusCode;
                if (response.Content.Headers.ContentType?.MediaType != "text/html")
                {
                    continue;
                }

                var document = Html.Parse(await response.Content.ReadAsStringAsync());
                foreach (var link in LinksOf(document))
                {
                    if (!Uri.TryCreate(page, link, out var target) || (target.Scheme != Uri.UriSchemeHttp && target.Scheme != Uri.UriSchemeHttps))
                    {
                        continue;
                    }

                    if (target.GetLeftPart(UriPartial.Authority) == publishedOrigin.GetLeftPart(UriPartial.Authority))
                    {
                        target = new Uri(entry, target.PathAndQuery);
                    }

                    if (target.GetLeftPart(UriPartial.Authority) != entry.GetLeftPart(UriPartial.Authority))
                    {
                        continue;
                    }

                    if (!target.AbsolutePath.StartsWith(basePath, StringComparison.Ordinal))
                    {
                        outside.Add((page, link));
                        continue;
                    }

                    var address = new Uri(target.GetLeftPart(UriPartial.Query));
                    if (referrers.TryAdd(address, page))
                    {
                        queue.Enqueue(address);
                    }
                }
            }

            return new CrawlResult(statuses, referrers, outside);
        }

        private static IEnumerable<string> LinksOf(IDocument document)
        {
            foreach (var element in document.QuerySelectorAll("a[href], link[href]"))
            {
                yield return element.GetAttribute("href")!;
            }

            foreach (var element in document.QuerySelectorAll("img[src], script[src]"))
            {
                yield return element.GetAttribute("src")!;
            }

            // A static host cannot redirect: the site's root refreshes to the first page.
            foreach (var refresh in document.QuerySelectorAll("meta[http-equiv='refresh' i]"))
            {
                var content = refresh.GetAttribute("content") ?? string.Empty;
                var at = content.IndexOf("url=", StringComparison.OrdinalIgnoreCase);
                if (at >= 0)
                {
                    yield return content.Substring(at + 4).Trim();
                }
            }
        }
    }
}
