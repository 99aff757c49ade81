using System.Collections.Generic;
using System.Linq;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using ResearchContent.Site.Services;

namespace ResearchContent.Site.Pages
{
    /// <summary>A publications page, served at its permalink; <c>/</c> redirects to the first page.</summary>
    public sealed class IndexModel : SitePageModel
    {
        private readonly FigureImages _images;

        /// <summary>Creates the model.</summary>
        /// <param name="directory">The publications.</param>
        /// <param name="images">The figure images.</param>
        public IndexModel(PublicationDirectory directory, FigureImages images)
            : base(directory) => _images = images;

        /// <summary>The page shown, or <see langword="null"/> when the address is unknown.</summary>
        public Page? ContentPage { get; private set; }

        /// <summary>The page's publications by year, newest first.</summary>
        public IReadOnlyList<IGrouping<int, Publication>> Years { get; private set; } = new List<IGrouping<int, Publication>>();

        /// <summary>The kind the list is filtered to (<c>?kind=conference</c>), or <see langword="null"/> for all.</summary>
        public PublicationKind? Kind { get; private set; }

        /// <summary>The kinds on the page with their counts, for the filter.</summary>
        public IReadOnlyList<(PublicationKind Kind, int Count)> Kinds { get; private set; } = new List<(PublicationKind, int)>();

        /// <summary>The not-found message when the address is unknown.</summary>
        public NotFoundViewModel? Missing { get; private set; }

        /// <summary>Shows the page at the request path.</summary>
        /// <param name="lang">The <c>lang</c> query value.</param>
        /// <param name="kind">The <c>kind</c> query value, such as <c>conference</c>; an unknown one shows every kind.</param>
        /// <returns>The page, a redirect, or a 404 page.</returns>
        public IActionResult OnGet([FromQuery] string? lang, [FromQuery] string? kind)
        {
            Lang = Language.Normalize(lang);
            var path = Request.Path.Value ?? "/";
            var query = Request.QueryString.Value ?? string.Empty;

            var page = Directory.FindByRoute(path);
            if (page is null && path == "/")
            {
                return Redirect(Directory.DefaultRoute + query);
            }

            if (page is null)
            {
                Response.StatusCode = StatusCodes.Status404NotFound;
                DocumentTitle = T("notFound") + " — " + SiteTitle;
                Missing = new NotFoundViewModel(Lang, T("notFoundPath", path), Directory.Suggest(path.Trim('/').Split('/').LastOrDefault()), HomeHref);
                return Page();
            }

            var route = PublicationDirectory.RouteOf(page);
            if (path != route)
            {
                return Redirect(route + query);
            }

            ContentPage = page;
            Kind = System.Enum.TryParse<PublicationKind>(kind, ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed) ? parsed : null;
            Kinds = PublicationDirectory.Kinds(page);
            Years = PublicationDirectory.ByYear(page, Kind);
            DocumentTitle = (string.IsNullOrWhiteSpace(page.Title) ? T("publications") : page.Title!) + " — " + T("publications");
            return Page();
        }

        /// <summary>The address of this page filtered to a kind, keeping the language.</summary>
        /// <param name="kind">The kind, or <see langword="null"/> for all.</param>
        /// <returns>A relative address.</returns>
        public string KindHref(PublicationKind? kind)
        {
            var query = new List<string>();
            if (Lang != Language.English)
            {
                query.Add("lang=" + Lang);
            }

            if (kind is { } k)
            {
                query.Add("kind=" + k.ToString().ToLowerInvariant());
            }

            return PublicationDirectory.RouteOf(ContentPage!) + (query.Count == 0 ? string.Empty : "?" + string.Join("&", query));
        }

        /// <summary>A figure ready to render.</summary>
        /// <param name="figure">The figure.</param>
        /// <param name="number">Its 1-based number.</param>
        /// <returns>The view model.</returns>
        public FigureViewModel Figure(Figure figure, int number) => new(figure, number, Lang, _images.Resolve(figure));
    }
}
