using System.Collections.Generic;

namespace ResearchContent.Site.Services
{
    /// <summary>Citation files and formatted citations, written by <c>ResearchContent.Export</c>.</summary>
    public static class CitationFiles
    {
        /// <summary>The style a detail page shows first.</summary>
        public const string DefaultStyle = "apa";

        /// <summary>The styles a detail page offers, by their query value.</summary>
        public static IReadOnlyList<string> Styles { get; } = new[] { "apa", "agu", "ieee" };

        /// <summary>A style's display name.</summary>
        /// <param name="style">The query value.</param>
        /// <returns>The name.</returns>
        public static string StyleName(string style) => style switch
        {
            "agu" => "AGU",
            "ieee" => "IEEE",
            _ => "APA",
        };

        /// <summary>The citation in a style.</summary>
        /// <param name="publication">The publication.</param>
        /// <param name="style">The style's query value.</param>
        /// <returns>Plain text.</returns>
        public static string Format(Publication publication, string style) => Export.Format(publication, ToCitationStyle(style));

        /// <summary>BibTeX entries.</summary>
        /// <param name="publications">The publications.</param>
        /// <returns>The file's text.</returns>
        public static string BibTeX(IReadOnlyList<Publication> publications) => Export.ToBibTeX(publications);

        /// <summary>RIS records.</summary>
        /// <param name="publications">The publications.</param>
        /// <returns>The file's text.</returns>
        public static string Ris(IReadOnlyList<Publication> publications) => Export.ToRis(publications);

        /// <summary>A CSL-JSON array.</summary>
        /// <param name="publications">The publications.</param>
        /// <returns>The file's text.</returns>
        public static string CslJson(IReadOnlyList<Publication> publications) => Export.ToCslJson(publications);

        /// <summary>The export library's style for a query value.</summary>
        /// <param name="style"><c>apa</c>, <c>agu</c> or <c>ieee</c>.</param>
        /// <returns>The style; APA for anything else.</returns>
        public static CitationStyle ToCitationStyle(string? style) => style switch
        {
            "agu" => CitationStyle.Agu,
            "ieee" => CitationStyle.Ieee,
            _ => CitationStyle.Apa,
        };
    }
}
