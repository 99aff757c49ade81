using System.Collections.Generic;
using System.Linq;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using ResearchContent.Site.Services;

namespace ResearchContent.Site.Pages
{
    /// <summary>A publications page, served at its permalink (and its kinds at <c>kinds/{kind}/</c> below it); <c>/</c> leads to the first page.</summary>
    public sealed class IndexModel : SitePageModel
    {
        private readonly FigureImages _images;

        /// <summary>Creates the model.</summary>
        /// <param name="directory">The publications.</param>
        /// <param name="urls">The site's addresses.</param>
        /// <param name="images">The figure images.</param>
        public IndexModel(PublicationDirectory directory, SiteUrls urls, FigureImages images)
            : base(directory, urls) => _images = images;

        /// <summary>The page shown, or <see langword="null"/> when the address is unknown or leads elsewhere.</summary>
        public Page? ContentPage { get; private set; }

        /// <summary>The page's publications by year, newest first.</summary>
        public IReadOnlyList<IGrouping<int, Publication>> Years { get; private set; } = new List<IGrouping<int, Publication>>();

        /// <summary>
        /// The page's publications under its own headings, in the author's order, when the page has headings
        /// (<c>## Journal articles</c>); otherwise <see langword="null"/>, and the page is listed by <see cref="Years"/>.
        /// </summary>
        public IReadOnlyList<SectionGroup>? Sections { get; private set; }

        /// <summary>The kind the list is filtered to (<c>?kind=conference</c> or <c>kinds/conference/</c>), or <see langword="null"/> for all.</summary>
        public PublicationKind? Kind { get; private set; }

        /// <summary>The kinds on the page with their counts, for the filter.</summary>
        public IReadOnlyList<(PublicationKind Kind, int Count)> Kinds { get; private set; } = new List<(PublicationKind, int)>();

        /// <summary>The not-found message when the address is unknown.</summary>
        public NotFoundViewModel? Missing { get; private set; }

        /// <summary>
        /// In a static export, where the site's root cannot redirect, the first page's address, which the root page
        /// leads to with a refresh and a link; otherwise <see langword="null"/>.
        /// </summary>
        public string? LeadsTo { get; private set; }

        /// <summary>Shows the page at the request path.</summary>
        /// <param name="lang">The <c>lang</c> query value.</param>
        /// <param name="kind">The <c>kind</c> query value, such as <c>conference</c>; an unknown one shows every kind.</param>
        /// <returns>The page, a redirect, or a 404 page.</returns>
        public IActionResult OnGet([FromQuery] string? lang, [FromQuery] string? kind)
        {
            Lang = Language.Normalize(lang);
            var path = Request.Path.Value ?? "/";
            var query = Request.QueryString.Value ?? string.Empty;

            var (page, kindInPath) = Find(path);
            if (page is null && path == "/")
            {
                if (!Urls.IsStatic)
                {
                    return Redirect(Urls.Local(Directory.DefaultRoute) + query);
                }

                LeadsTo = Urls.Page(Directory.DefaultRoute, Lang);
                DocumentTitle = T("publications") + " — " + SiteTitle;
                return Page();
            }

            if (page is null)
            {
                Response.StatusCode = StatusCodes.Status404NotFound;
                DocumentTitle = T("notFound") + " — " + SiteTitle;
                Missing = NotFound(T("notFoundPath", path), path.Trim('/').Split('/').LastOrDefault());
                return Page();
            }

            var route = PublicationDirectory.RouteOf(page) + (kindInPath is { } k ? SiteUrls.KindsFolder + "/" + SiteUrls.KindName(k) + "/" : string.Empty);
            if (path != route)
            {
                return Redirect(Urls.Local(route) + query);
            }

            ContentPage = page;
            Kind = kindInPath ?? (System.Enum.TryParse<PublicationKind>(kind, ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed) ? parsed : null);
            Kinds = PublicationDirectory.Kinds(page);
            Years = PublicationDirectory.ByYear(page, Kind);
            Sections = SectionGroups.Has(page) ? SectionGroups.Of(page, Kind) : null;
            DocumentTitle = (string.IsNullOrWhiteSpace(page.Title) ? T("publications") : page.Title!) + " — " + T("publications");
            return Page();
        }

        /// <summary>The address of this page filtered to a kind, keeping the language.</summary>
        /// <param name="kind">The kind, or <see langword="null"/> for all.</param>
        /// <returns>The address.</returns>
        public string KindHref(PublicationKind? kind) => Urls.Page(PublicationDirectory.RouteOf(ContentPage!), Lang, kind);

        /// <summary>A figure ready to render.</summary>
        /// <param name="figure">The figure.</param>
        /// <param name="number">Its 1-based number.</param>
        /// <returns>The view model.</returns>
        public FigureViewModel Figure(Figure figure, int number) => new(figure, number, Lang, _images.Resolve(figure));

        /// <inheritdoc />
        protected override string AddressIn(string language) => ContentPage is null
            ? base.AddressIn(language)
            : Urls.Page(PublicationDirectory.RouteOf(ContentPage), language, Kind);

        /// <summary>
        /// The page at a path, and the kind when the path is one of its kind filters (<c>/publications/kinds/thesis/</c>).
        /// </summary>
        private (Page? Page, PublicationKind? Kind) Find(string path)
        {
            if (Directory.FindByRoute(path) is { } page)
            {
                return (page, null);
            }

            var parts = path.Trim('/').Split('/');
            if (parts.Length >= 2 && parts[^2] == SiteUrls.KindsFolder
                && System.Enum.TryParse<PublicationKind>(parts[^1], ignoreCase: true, out var kind) && System.Enum.IsDefined(kind)
                && parts[^1] == SiteUrls.KindName(kind)
                && Directory.FindByRoute("/" + string.Join('/', parts[..^2])) is { } filtered)
            {
                return (filtered, kind);
            }

            return (null, null);
        }
    }
}
