using System.Collections.Generic;

namespace ResearchContent.Generators.Sources.BibTeX
{
    /// <summary>
    /// The fields al-folio adds to BibTeX for its publication list (<c>_layouts/bib.liquid</c>): the buttons under
    /// each paper, its badge, its preview image. Their values are links and file names, read verbatim.
    /// </summary>
    internal static class AlFolioFields
    {
        // Field → the button's text, as al-folio labels it.
        private static readonly Dictionary<string, string> LinkTexts = new()
        {
            ["pdf"] = "PDF",
            ["code"] = "Code",
            ["slides"] = "Slides",
            ["poster"] = "Poster",
            ["html"] = "HTML",
            ["website"] = "Website",
            ["video"] = "Video",
            ["arxiv"] = "arXiv",
            ["supp"] = "Supp",
            ["blog"] = "Blog",
        };

        /// <summary>The badge, such as <c>GRL</c>.</summary>
        public const string Abbreviation = "abbr";

        /// <summary>Whether the paper is among the selected ones al-folio shows on the home page.</summary>
        public const string Selected = "selected";

        /// <summary>An award the paper received, shown under it.</summary>
        public const string Award = "award";

        /// <summary>The preview image: a file in <c>assets/img/publication_preview/</c> or a URL.</summary>
        public const string Preview = "preview";

        /// <summary>The text of the link a field makes, or <see langword="null"/> when the field is no link.</summary>
        /// <remarks>
        /// The value is kept as written: al-folio reads a bare <c>pdf</c> file name as <c>/assets/pdf/NAME</c> and an
        /// <c>arxiv</c> identifier as its abstract page, which is for the merge with the site's settings to resolve.
        /// </remarks>
        public static string? LinkText(string field) => LinkTexts.TryGetValue(field, out var text) ? text : null;
    }
}
