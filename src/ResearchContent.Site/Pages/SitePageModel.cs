using Microsoft.AspNetCore.Mvc.RazorPages;
using ResearchContent.Site.Services;

namespace ResearchContent.Site.Pages
{
    /// <summary>What the layout needs from every page: the language, the titles, the addresses and the way home.</summary>
    public abstract class SitePageModel : PageModel
    {
        /// <summary>Creates the model.</summary>
        /// <param name="directory">The publications.</param>
        /// <param name="urls">The site's addresses.</param>
        protected SitePageModel(PublicationDirectory directory, SiteUrls urls)
        {
            Directory = directory;
            Urls = urls;
        }

        /// <summary>The publications.</summary>
        public PublicationDirectory Directory { get; }

        /// <summary>The site's addresses.</summary>
        public SiteUrls Urls { get; }

        /// <summary>The page's language, <c>en</c> or <c>zh</c>.</summary>
        public string Lang { get; protected set; } = Language.English;

        /// <summary>The document title.</summary>
        public string DocumentTitle { get; protected set; } = string.Empty;

        /// <summary>The site's name: the first page's title.</summary>
        public string SiteTitle => Directory.Pages.Count > 0 && !string.IsNullOrWhiteSpace(Directory.Pages[0].Title)
            ? Directory.Pages[0].Title!
            : Language.T(Lang, "publications");

        /// <summary>The link to the first page in the current language.</summary>
        public string HomeHref => Urls.Page(Directory.DefaultRoute, Lang);

        /// <summary>
        /// The language switch: live, the current address with the language changed and the other query values kept;
        /// in a static export, which has no queries, the page's own address in that language.
        /// </summary>
        /// <param name="language">The language to switch to.</param>
        /// <returns>The address.</returns>
        public string LanguageHref(string language) => Urls.IsStatic ? AddressIn(language) : SiteUrls.SwitchLanguage(Request, language);

        /// <summary>A word of the interface in the page's language.</summary>
        /// <param name="name">The word's name.</param>
        /// <param name="args">Values for its placeholders.</param>
        /// <returns>The text.</returns>
        public string T(string name, params object[] args) => Language.T(Lang, name, args);

        /// <summary>This page's address in a language, for the static language switch; the first page unless a page says otherwise.</summary>
        /// <param name="language"><c>en</c> or <c>zh</c>.</param>
        /// <returns>The address.</returns>
        protected virtual string AddressIn(string language) => Urls.Page(Directory.DefaultRoute, language);

        /// <summary>What a not-found page says: the address asked for live; in a static export, whose one 404.html answers every missing address, that nothing is here.</summary>
        /// <param name="message">The live message.</param>
        /// <param name="query">What to suggest publications for.</param>
        /// <returns>The view model.</returns>
        protected NotFoundViewModel NotFound(string message, string? query) => Urls.IsStatic
            ? new NotFoundViewModel(Lang, T("notFoundHere"), System.Array.Empty<Publication>(), HomeHref)
            : new NotFoundViewModel(Lang, message, Directory.Suggest(query), HomeHref);
    }
}
