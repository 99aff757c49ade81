using System;
using System.Collections.Generic;
using System.Linq;

namespace ResearchContent.Site.Services
{
    /// <summary>Looks pages and publications up by route and key, over an <see cref="IPublicationSource"/>.</summary>
    public sealed class PublicationDirectory
    {
        /// <summary>Where a page lives when it has no permalink and no pages exist at all.</summary>
        public const string FallbackRoute = "/publications/";

        /// <summary>Where the publications no page lists are shown (those only in a collection or a BibTeX file), when pages exist.</summary>
        public const string UnlistedRoute = "/bibliography/";

        private readonly IReadOnlyList<Page> _pages;

        private readonly IPublicationSource _source;

        /// <summary>Creates a directory over a source.</summary>
        /// <param name="source">The pages and publications.</param>
        public PublicationDirectory(IPublicationSource source)
        {
            _source = source;
            _pages = WithUnlisted(source);
        }

        /// <summary>The pages.</summary>
        public IReadOnlyList<Page> Pages => _pages;

        /// <summary>Every publication, in catalog order.</summary>
        public IReadOnlyList<Publication> Publications => _source.Publications;

        /// <summary>The route of the first page, where <c>/</c> redirects.</summary>
        public string DefaultRoute => Pages.Count > 0 ? RouteOf(Pages[0]) : FallbackRoute;

        /// <summary>The route a page is served at: its permalink with a leading and a trailing slash, or a route made from its path.</summary>
        /// <param name="page">The page.</param>
        /// <returns>A route such as <c>/publications/</c>.</returns>
        public static string RouteOf(Page page)
        {
            var route = page.Permalink;
            if (string.IsNullOrWhiteSpace(route))
            {
                var path = page.Path;
                var dot = path.LastIndexOf('.');
                route = dot > 0 ? path.Substring(0, dot) : path;
            }

            route = route!.Trim().Trim('/');
            return route.Length == 0 ? "/" : "/" + route + "/";
        }

        /// <summary>Finds the page served at a request path, ignoring a missing trailing slash.</summary>
        /// <param name="requestPath">The decoded request path.</param>
        /// <returns>The page, or <see langword="null"/>.</returns>
        public Page? FindByRoute(string requestPath)
        {
            var wanted = "/" + requestPath.Trim('/');
            foreach (var page in Pages)
            {
                var route = RouteOf(page);
                if (string.Equals(route.TrimEnd('/'), wanted.TrimEnd('/'), StringComparison.Ordinal)
                    || (route == "/" && wanted == "/"))
                {
                    return page;
                }
            }

            return null;
        }

        /// <summary>Finds a publication by key (case-insensitively) and the page that lists it.</summary>
        /// <param name="key">The key.</param>
        /// <param name="publication">The publication, when found.</param>
        /// <param name="page">The page that lists it, or <see langword="null"/>.</param>
        /// <returns>Whether the key is known.</returns>
        public bool TryGet(string? key, out Publication publication, out Page? page)
        {
            publication = null!;
            page = null;
            if (string.IsNullOrEmpty(key))
            {
                return false;
            }

            var found = Publications.FirstOrDefault(p => string.Equals(p.Key, key, StringComparison.Ordinal))
                ?? Publications.FirstOrDefault(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase));
            if (found is null)
            {
                return false;
            }

            publication = found;
            page = Pages.FirstOrDefault(candidate => candidate.Publications.Contains(found));
            return true;
        }

        /// <summary>Publications whose key or title resembles a query, for a helpful not-found page.</summary>
        /// <param name="query">What was asked for.</param>
        /// <returns>Up to three publications.</returns>
        public IReadOnlyList<Publication> Suggest(string? query)
        {
            if (string.IsNullOrWhiteSpace(query))
            {
                return Array.Empty<Publication>();
            }

            var q = query!.Trim().ToLowerInvariant();
            return Publications
                .Select(p => (Publication: p, Score: Score(p, q)))
                .Where(x => x.Score > 0)
                .OrderByDescending(x => x.Score)
                .Take(3)
                .Select(x => x.Publication)
                .ToList();
        }

        /// <summary>
        /// The catalog's pages, and one more for the publications that no page lists: at <see cref="UnlistedRoute"/>,
        /// or, in a project with no page at all (a BibTeX file or a collection alone), at <see cref="FallbackRoute"/>.
        /// </summary>
        private static IReadOnlyList<Page> WithUnlisted(IPublicationSource source)
        {
            var listed = new HashSet<Publication>(source.Pages.SelectMany(page => page.Publications));
            var unlisted = source.Publications.Where(publication => !listed.Contains(publication)).ToList();
            if (unlisted.Count == 0)
            {
                return source.Pages;
            }

            var pages = new List<Page>(source.Pages)
            {
                new()
                {
                    Permalink = source.Pages.Count == 0 ? FallbackRoute : UnlistedRoute,
                    Publications = unlisted,
                },
            };
            return pages;
        }

        /// <summary>A page's publications of one kind, or all of them when <paramref name="kind"/> is <see langword="null"/>.</summary>
        /// <param name="page">The page.</param>
        /// <param name="kind">The kind to show.</param>
        /// <returns>The groups by year, newest first.</returns>
        public static IReadOnlyList<IGrouping<int, Publication>> ByYear(Page page, PublicationKind? kind) =>
            ByYear(new Page { Publications = page.Publications.Where(p => kind is null || CitationDetails.KindOf(p) == kind).ToList() });

        /// <summary>The kinds a page's publications have, with how many of each, in the order of the enumeration.</summary>
        /// <param name="page">The page.</param>
        /// <returns>The kinds and counts.</returns>
        public static IReadOnlyList<(PublicationKind Kind, int Count)> Kinds(Page page) =>
            page.Publications.GroupBy(CitationDetails.KindOf).OrderBy(g => g.Key).Select(g => (g.Key, g.Count())).ToList();

        /// <summary>A page's publications grouped by year, newest first, then by number, highest first.</summary>
        /// <param name="page">The page.</param>
        /// <returns>The groups.</returns>
        public static IReadOnlyList<IGrouping<int, Publication>> ByYear(Page page) =>
            page.Publications
                .OrderByDescending(p => p.Year)
                .ThenByDescending(p => p.Number)
                .GroupBy(p => p.Year)
                .ToList();

        private static int Score(Publication publication, string query)
        {
            var key = publication.Key.ToLowerInvariant();
            if (key.Contains(query, StringComparison.Ordinal) || query.Contains(key, StringComparison.Ordinal))
            {
                return 3;
            }

            var prefix = CommonPrefix(key, query);
            if (prefix >= 4)
            {
                return 2;
            }

            // A paper published only in Chinese has its Chinese title alone; either title finds a paper.
            var titles = ((publication.Title.En ?? string.Empty) + "\n" + (publication.Title.Zh ?? string.Empty)).ToLowerInvariant();
            return titles.Contains(query, StringComparison.Ordinal) ? 1 : 0;
        }

        private static int CommonPrefix(string a, string b)
        {
            var n = 0;
            while (n < a.Length && n < b.Length && a[n] == b[n])
            {
                n++;
            }

            return n;
        }
    }
}
