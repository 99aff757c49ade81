using System;
using System.Collections.Generic;
using ResearchContent.Exports;

namespace ResearchContent
{
    /// <summary>
    /// Exports publications to reference managers (BibTeX, CSL-JSON, RIS) and formats them as references in a
    /// style, from the citation fields parsed at compile time.
    /// </summary>
    public static class Export
    {
        /// <summary>
        /// Writes BibTeX <c>@article</c> entries keyed by <see cref="Publication.Key"/>: authors as
        /// <c>Family, Given</c> joined by <c>and</c>, pages with <c>--</c>, the article number as <c>eid</c>, and
        /// LaTeX special characters escaped; other Unicode is kept, for BibLaTeX and pandoc.
        /// </summary>
        /// <param name="publications">The publications, in the order to write them.</param>
        /// <returns>The BibTeX text, with <c>\n</c> line endings.</returns>
        public static string ToBibTeX(IEnumerable<Publication> publications) => BibTeXWriter.Write(publications ?? throw new ArgumentNullException(nameof(publications)));

        /// <summary>
        /// Writes a CSL-JSON array of <c>article-journal</c> items, as citeproc processors (pandoc, Zotero) read it.
        /// The Chinese title, when there is one, goes in <c>original-title</c>.
        /// </summary>
        /// <param name="publications">The publications, in the order to write them.</param>
        /// <returns>The JSON text, indented, with <c>\n</c> line endings.</returns>
        public static string ToCslJson(IEnumerable<Publication> publications) => CslJsonWriter.Write(publications ?? throw new ArgumentNullException(nameof(publications)));

        /// <summary>Writes RIS <c>JOUR</c> records (<c>TY  - JOUR</c> … <c>ER  - </c>), one <c>AU</c> line per author in order.</summary>
        /// <param name="publications">The publications, in the order to write them.</param>
        /// <returns>The RIS text, with CRLF line endings.</returns>
        public static string ToRis(IEnumerable<Publication> publications) => RisWriter.Write(publications ?? throw new ArgumentNullException(nameof(publications)));

        /// <summary>
        /// Formats a publication as a plain-text reference in <paramref name="style"/>. When the citation's authors,
        /// title or journal could not be parsed, the citation text is returned as printed.
        /// </summary>
        /// <param name="publication">The publication.</param>
        /// <param name="style">The reference style.</param>
        /// <returns>The reference.</returns>
        public static string Format(Publication publication, CitationStyle style) =>
            ReferenceStyle.Format(ExportRecord.From(publication ?? throw new ArgumentNullException(nameof(publication))), style).ToPlainText();

        /// <summary>
        /// Formats a publication as an HTML reference in <paramref name="style"/>: text HTML-encoded, the journal
        /// (and in APA the volume) in <c>&lt;i&gt;</c>, the DOI or link as an <c>&lt;a&gt;</c> where the style prints one.
        /// </summary>
        /// <param name="publication">The publication.</param>
        /// <param name="style">The reference style.</param>
        /// <returns>The HTML fragment.</returns>
        public static string FormatHtml(Publication publication, CitationStyle style) =>
            ReferenceStyle.Format(ExportRecord.From(publication ?? throw new ArgumentNullException(nameof(publication))), style).ToHtml();
    }
}
