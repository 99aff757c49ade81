using System.Collections.Generic;
using System.Linq;

namespace ResearchContent.Site.Services
{
    /// <summary>A page of the site in its two languages.</summary>
    /// <param name="English">The English page's address.</param>
    /// <param name="Chinese">The Chinese page's address.</param>
    public sealed record PageAddresses(string English, string Chinese);

    /// <summary>The pages a reader or a search engine should find: every list page and every publication's page, in both languages.</summary>
    public static class SitePages
    {
        /// <summary>The list pages in the catalog's order, then each publication's page.</summary>
        /// <param name="directory">The publications.</param>
        /// <param name="urls">The addresses.</param>
        /// <returns>The pages.</returns>
        public static IReadOnlyList<PageAddresses> All(PublicationDirectory directory, SiteUrls urls) =>
            directory.Pages
                .Select(page => PublicationDirectory.RouteOf(page))
                .Distinct()
                .Select(route => new PageAddresses(urls.Page(route, Language.English), urls.Page(route, Language.Chinese)))
                .Concat(directory.Publications.Select(p => new PageAddresses(urls.Detail(p.Key, Language.English), urls.Detail(p.Key, Language.Chinese))))
                .ToList();
    }
}
