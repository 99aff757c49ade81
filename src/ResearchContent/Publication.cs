using System.Collections.Generic;

namespace ResearchContent
{
    /// <summary>
    /// One publication, as read from every source that states it: a publications page, an academicpages collection
    /// file, a BibTeX entry. Each field comes from the source that states it most precisely (see docs/design.md).
    /// </summary>
    public sealed class Publication
    {
        /// <summary>The BibTeX-style key, such as <c>zhang2021selective</c>: unique in the catalog.</summary>
        public string Key { get; init; } = string.Empty;

        /// <summary>The page's label as written, such as <c>2021-#3</c>; empty when no page lists the publication.</summary>
        public string Label { get; init; } = string.Empty;

        /// <summary>The year: the label's, else the one the collection's date or the BibTeX entry gives.</summary>
        public int Year { get; init; }

        /// <summary>The number of the label within its year; 0 when no page lists the publication.</summary>
        public int Number { get; init; }

        /// <summary>The title in English and Chinese; a paper published only in Chinese has <see cref="LocalizedText.Zh"/> alone.</summary>
        public LocalizedText Title { get; init; } = LocalizedText.Empty;

        /// <summary>The abstract in English and Chinese; paragraphs are separated by a blank line.</summary>
        public LocalizedText Abstract { get; init; } = LocalizedText.Empty;

        /// <summary>
        /// A page entry's other text in English and Chinese: a note, a list of highlights, a block quote, anything that
        /// is neither abstract nor caption; paragraphs (and list items) are separated by a blank line.
        /// </summary>
        public LocalizedText Notes { get; init; } = LocalizedText.Empty;

        /// <summary>
        /// The headings of the page the entry stands under, outermost first: <c>["Journal articles", "2021"]</c> for an
        /// entry below <c>## Journal articles</c> and <c>### 2021</c>; empty when the page has none above it.
        /// </summary>
        public IReadOnlyList<string> Sections { get; init; } = System.Array.Empty<string>();

        /// <summary>The citation and its link.</summary>
        public Citation Citation { get; init; } = new Citation();

        /// <summary>The figures in the order written.</summary>
        public IReadOnlyList<Figure> Figures { get; init; } = System.Array.Empty<Figure>();

        /// <summary>The further links of the header, after the citation (a PDF, code, news coverage), in the order written.</summary>
        public IReadOnlyList<Link> Links { get; init; } = System.Array.Empty<Link>();

        /// <summary>Where the publication was first written: a page entry's label, else its collection file, else its BibTeX entry.</summary>
        public SourceLocation Source { get; init; } = new SourceLocation(string.Empty, 0);

        /// <summary>Every file and line the publication was read from, page first, then collection, then BibTeX.</summary>
        public IReadOnlyList<SourceLocation> Sources { get; init; } = System.Array.Empty<SourceLocation>();

        /// <summary>The kind of work: the BibTeX entry type's, else the collection category's, else the citation's.</summary>
        public PublicationKind Kind { get; init; }

        /// <summary>The date as precisely as a source knows it: <c>2021-03-05</c>, <c>2021-03</c> or <c>2021</c>.</summary>
        public string? Date { get; init; }

        /// <summary>Where the work appeared: the journal, proceedings, book, university or issuer, or <see langword="null"/>.</summary>
        public string? Venue { get; init; }

        /// <summary>The paper's own page on the site (an academicpages <c>permalink</c>), or <see langword="null"/>.</summary>
        public string? Permalink { get; init; }

        /// <summary>The category a collection names it under, by its display name (<c>Journal Articles</c>), or <see langword="null"/>.</summary>
        public string? Category { get; init; }

        /// <summary>A collection's <c>excerpt</c>, or <see langword="null"/>.</summary>
        public string? Excerpt { get; init; }

        /// <summary>A collection file's Markdown body, the paper's own page text, or <see langword="null"/>.</summary>
        public string? Body { get; init; }

        /// <summary>al-folio's <c>abbr</c> badge, such as <c>GRL</c>, or <see langword="null"/>.</summary>
        public string? Abbreviation { get; init; }

        /// <summary>Whether al-folio's <c>selected={true}</c> marks it for a home page.</summary>
        public bool Selected { get; init; }

        /// <summary>al-folio's <c>award</c>, or <see langword="null"/>.</summary>
        public string? Award { get; init; }

        /// <summary>Every other field the sources state (a BibTeX <c>keywords</c>, a front-matter <c>tags</c>), as written, so nothing is lost.</summary>
        public IReadOnlyList<Field> Fields { get; init; } = System.Array.Empty<Field>();

        /// <summary>The key and the English title.</summary>
        /// <returns>A short description.</returns>
        public override string ToString() => Key + ": " + Title;
    }
}
