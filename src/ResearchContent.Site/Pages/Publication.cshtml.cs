using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using ResearchContent.Site.Services;

namespace ResearchContent.Site.Pages
{
    /// <summary>Everything about one publication, with its citation, downloads and metadata for indexers.</summary>
    public sealed class PublicationModel : SitePageModel
    {
        private readonly FigureImages _images;

        /// <summary>Creates the model.</summary>
        /// <param name="directory">The publications.</param>
        /// <param name="urls">The site's addresses.</param>
        /// <param name="images">The figure images.</param>
        public PublicationModel(PublicationDirectory directory, SiteUrls urls, FigureImages images)
            : base(directory, urls) => _images = images;

        /// <summary>The publication, or <see langword="null"/> when the key is unknown.</summary>
        public Publication? Item { get; private set; }

        /// <summary>The citation's parts.</summary>
        public CitationDetails Details { get; private set; } = null!;

        /// <summary>The chosen citation style.</summary>
        public string Style { get; private set; } = CitationFiles.DefaultStyle;

        /// <summary>The citation in the chosen style.</summary>
        public string FormattedCitation { get; private set; } = string.Empty;

        /// <summary>The address of the page that lists the publication, in the current language.</summary>
        public string BackHref { get; private set; } = string.Empty;

        /// <summary>The absolute address of this page, without a query.</summary>
        public string CanonicalUrl { get; private set; } = string.Empty;

        /// <summary>The figures ready to render.</summary>
        public IReadOnlyList<FigureViewModel> Figures { get; private set; } = Array.Empty<FigureViewModel>();

        /// <summary>The Highwire and Open Graph tags.</summary>
        public IReadOnlyList<MetaTag> MetaTags { get; private set; } = Array.Empty<MetaTag>();

        /// <summary>The schema.org JSON-LD.</summary>
        public string JsonLd { get; private set; } = string.Empty;

        /// <summary>The not-found message when the key is unknown.</summary>
        public NotFoundViewModel? Missing { get; private set; }

        /// <summary>Shows the publication with the key.</summary>
        /// <param name="key">The key from the route.</param>
        /// <param name="lang">The <c>lang</c> query value.</param>
        /// <param name="style">
        /// The citation style, <c>apa</c>, <c>agu</c> or <c>ieee</c>: the route's (<c>/publications/key/ieee/</c>, the static
        /// scheme), else the <c>style</c> query value.
        /// </param>
        /// <returns>The page, or a 404 page.</returns>
        public IActionResult OnGet(string key, [FromQuery] string? lang, string? style)
        {
            Lang = Language.Normalize(lang);
            if (!Directory.TryGet(key, out var publication, out var page))
            {
                Response.StatusCode = StatusCodes.Status404NotFound;
                DocumentTitle = T("notFound") + " — " + SiteTitle;
                Missing = NotFound(T("notFoundKey", key), key);
                return Page();
            }

            Item = publication;
            Details = CitationDetails.Of(publication);
            Style = CitationFiles.Styles.Contains(style?.ToLowerInvariant()) ? style!.ToLowerInvariant() : CitationFiles.DefaultStyle;
            FormattedCitation = CitationFiles.Format(publication, Style);
            BackHref = Urls.Page(page is null ? Directory.DefaultRoute : PublicationDirectory.RouteOf(page), Lang) + "#" + Uri.EscapeDataString(publication.Key);
            CanonicalUrl = Urls.Absolute(Urls.Detail(publication.Key, Language.English));
            Figures = publication.Figures.Select((figure, i) => new FigureViewModel(figure, i + 1, Lang, _images.Resolve(figure))).ToList();

            var imageUrls = Figures.Where(f => f.Image.Exists).Select(f => Urls.Absolute(Urls.Local(f.Image.Url!))).ToList();
            var tags = new List<MetaTag>(ScholarMetadata.Highwire(publication, Details, CanonicalUrl));
            tags.AddRange(ScholarMetadata.OpenGraph(publication, Lang, CanonicalUrl, SiteTitle, imageUrls.FirstOrDefault()));
            MetaTags = tags;
            JsonLd = SchemaOrgWork.Json(publication, Details, CanonicalUrl, imageUrls);
            DocumentTitle = (publication.Title.Get(Lang) ?? publication.Key) + " — " + SiteTitle;
            return Page();
        }

        /// <summary>The address of this page's Chinese or English version, for the alternate links.</summary>
        /// <param name="language"><c>en</c> or <c>zh</c>.</param>
        /// <returns>The absolute address.</returns>
        public string AlternateUrl(string language) => Urls.Absolute(Urls.Detail(Item!.Key, language));

        /// <summary>The link to this page in another citation style, keeping the language.</summary>
        /// <param name="style">The style.</param>
        /// <returns>The address.</returns>
        public string StyleHref(string style) => Urls.Detail(Item!.Key, Lang, style) + "#cite";

        /// <inheritdoc />
        protected override string AddressIn(string language) => Item is null
            ? base.AddressIn(language)
            : Urls.Detail(Item.Key, language, Style == CitationFiles.DefaultStyle ? null : Style);
    }
}
