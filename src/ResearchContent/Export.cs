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
        /// Writes BibTeX entries keyed by <see cref="Publication.Key"/>, typed by <see cref="Citation.Kind"/>
        /// (<c>@article</c>, <c>@inproceedings</c>, <c>@book</c>, <c>@incollection</c>, <c>@phdthesis</c>,
        /// <c>@techreport</c>): authors as <c>Family, Given</c> (<c>Family, Suffix, Given</c> with a suffix) joined by
        /// <c>and</c>, the container as <c>journal</c>, <c>booktitle</c>, <c>school</c> or <c>institution</c>, pages
        /// with <c>--</c>, the article number as <c>eid</c>, the note as <c>note</c>, and LaTeX special characters
        /// escaped; other Unicode is kept, for BibLaTeX and pandoc.
        /// </summary>
        /// <param name="publications">The publications, in the order to write them.</param>
        /// <returns>The BibTeX text, with <c>\n</c> line endings.</returns>
        public static string ToBibTeX(IEnumerable<Publication> publications) => BibTeXWriter.Write(publications ?? throw new ArgumentNullException(nameof(publications)));

        /// <summary>
        /// Writes a CSL-JSON array of items typed by <see cref="Citation.Kind"/> (<c>article-journal</c>,
        /// <c>paper-conference</c>, <c>book</c>, <c>chapter</c>, <c>thesis</c>, <c>report</c>), as citeproc processors
        /// (pandoc, Zotero) read it. The container is the <c>container-title</c>, or the <c>publisher</c> for a thesis or
        /// report; the Chinese title, when there is one, goes in <c>original-title</c>.
        /// </summary>
        /// <param name="publications">The publications, in the order to write them.</param>
        /// <returns>The JSON text, indented, with <c>\n</c> line endings.</returns>
        public static string ToCslJson(IEnumerable<Publication> publications) => CslJsonWriter.Write(publications ?? throw new ArgumentNullException(nameof(publications)));

        /// <summary>
        /// Writes RIS records (<c>TY  - JOUR</c> … <c>ER  - </c>) typed by <see cref="Citation.Kind"/> (<c>JOUR</c>,
        /// <c>CONF</c>, <c>BOOK</c>, <c>CHAP</c>, <c>THES</c>, <c>RPRT</c>), one <c>AU</c> line per author in order; the
        /// container is <c>T2</c>, or <c>PB</c> for a thesis's university or a report's institution; the note is <c>N1</c>.
        /// </summary>
        /// <param name="publications">The publications, in the order to write them.</param>
        /// <returns>The RIS text, with CRLF line endings.</returns>
        public static string ToRis(IEnumerable<Publication> publications) => RisWriter.Write(publications ?? throw new ArgumentNullException(nameof(publications)));

        /// <summary>
        /// Formats a publication as a plain-text reference in <paramref name="style"/>, in the style's shape for the
        /// citation's <see cref="Citation.Kind"/>. When the citation's authors, title or container (which a whole book
        /// does not need) could not be parsed, the citation text is returned as printed.
        /// </summary>
        /// <param name="publication">The publication.</param>
        /// <param name="style">The reference style.</param>
        /// <returns>The reference.</returns>
        public static string Format(Publication publication, CitationStyle style) =>
            ReferenceStyle.Format(ExportRecord.From(publication ?? throw new ArgumentNullException(nameof(publication))), style).ToPlainText();

        /// <summary>
        /// Formats a publication as an HTML reference in <paramref name="style"/>: text HTML-encoded, what the style
        /// italicizes (the journal and in APA its volume, the proceedings or book, a book's, thesis's or report's own
        /// title) in <c>&lt;i&gt;</c>, the DOI or link as an <c>&lt;a&gt;</c> where the style prints one.
        /// </summary>
        /// <param name="publication">The publication.</param>
        /// <param name="style">The reference style.</param>
        /// <returns>The HTML fragment.</returns>
        public static string FormatHtml(Publication publication, CitationStyle style) =>
            ReferenceStyle.Format(ExportRecord.From(publication ?? throw new ArgumentNullException(nameof(publication))), style).ToHtml();
    }
}
