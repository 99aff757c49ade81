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
        public static string? LinkText(string field) => LinkTexts.TryGetValue(field, out var text) ? text : null;

        /// <summary>
        /// The address a field's value stands for, as al-folio's <c>bib.liquid</c> builds it: a bare file name in
        /// <c>pdf</c>, <c>supp</c>, <c>poster</c> or <c>slides</c> is <c>/assets/pdf/NAME</c>, a <c>preview</c> file
        /// name is <c>/assets/img/publication_preview/NAME</c>, an <c>arxiv</c> identifier its abstract page; an
        /// address with a scheme, or one from the site's root, is kept as written.
        /// </summary>
        public static string Address(string field, string value)
        {
            if (value.IndexOf("://", System.StringComparison.Ordinal) >= 0 || value.StartsWith("/", System.StringComparison.Ordinal))
            {
                return value;
            }

            return field switch
            {
                "pdf" or "supp" or "poster" or "slides" => "/assets/pdf/" + value,
                Preview => "/assets/img/publication_preview/" + value,
                "arxiv" => "https://arxiv.org/abs/" + value,
                _ => value,
            };
        }
    }
}
