using Microsoft.AspNetCore.Mvc.RazorPages;
using ResearchContent.Site.Services;

namespace ResearchContent.Site.Pages
{
    /// <summary>What the layout needs from every page: the language, the titles and the way home.</summary>
    public abstract class SitePageModel : PageModel
    {
        /// <summary>Creates the model.</summary>
        /// <param name="directory">The publications.</param>
        protected SitePageModel(PublicationDirectory directory) => Directory = directory;

        /// <summary>The publications.</summary>
        public PublicationDirectory Directory { get; }

        /// <summary>The page's language, <c>en</c> or <c>zh</c>.</summary>
        public string Lang { get; protected set; } = Language.English;

        /// <summary>The document title.</summary>
        public string DocumentTitle { get; protected set; } = string.Empty;

        /// <summary>The site's name: the first page's title.</summary>
        public string SiteTitle => Directory.Pages.Count > 0 && !string.IsNullOrWhiteSpace(Directory.Pages[0].Title)
            ? Directory.Pages[0].Title!
            : Language.T(Lang, "publications");

        /// <summary>The link to the first page in the current language.</summary>
        public string HomeHref => Links.WithLanguage(Directory.DefaultRoute, Lang);

        /// <summary>A word of the interface in the page's language.</summary>
        /// <param name="name">The word's name.</param>
        /// <param name="args">Values for its placeholders.</param>
        /// <returns>The text.</returns>
        public string T(string name, params object[] args) => Language.T(Lang, name, args);
    }
}
