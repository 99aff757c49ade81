using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Model
{
    /// <summary>
    /// One publication as one source states it: a page's entry, a collection's file or a BibTeX entry. The merge joins
    /// the statements of one paper from several sources into one publication, field by field, and warns where they
    /// disagree. Every member is what the source itself says; nothing is inferred from another source.
    /// </summary>
    internal sealed record SourcePublication
    {
        public SourceFormat Format { get; init; }

        /// <summary>The path the compiler knows the file by; diagnostics point there.</summary>
        public string FilePath { get; init; } = string.Empty;

        /// <summary>The path relative to the content root, with <c>/</c> separators.</summary>
        public string RelativePath { get; init; } = string.Empty;

        /// <summary>Where the publication starts in its file (a page entry's label, a BibTeX <c>@article{</c>, a collection file's first line).</summary>
        public RelativeSpan Span { get; init; }

        /// <summary>A key the source names explicitly: a BibTeX key, a collection's <c>key:</c>, a page's <c>&lt;!-- key: --&gt;</c>.</summary>
        public string? ExplicitKey { get; init; }

        /// <summary>The key the catalog uses when no source names one, as the page derives it (<c>zhang2021selective</c>).</summary>
        public string? DerivedKey { get; init; }

        /// <summary>The page's label, such as <c>2021-#3</c>; other sources have none.</summary>
        public string? Label { get; init; }

        /// <summary>The number within the label's year.</summary>
        public int Number { get; init; }

        public string? Title { get; init; }

        public string? TitleZh { get; init; }

        public string? AbstractEn { get; init; }

        public string? AbstractZh { get; init; }

        public int? Year { get; init; }

        /// <summary>The date as precisely as the source gives it: <c>2021-03-05</c>, <c>2021-03</c> or <c>2021</c>.</summary>
        public string? Date { get; init; }

        /// <summary>Where the work appeared, as the source names it: a journal, proceedings, a university.</summary>
        public string? Venue { get; init; }

        public PublicationKind Kind { get; init; }

        /// <summary>The bare DOI as written (its case kept; DOIs compare case-insensitively), or <see langword="null"/>.</summary>
        public string? Doi { get; init; }

        /// <summary>The citation as text, when the source writes one; a BibTeX entry has none of its own.</summary>
        public string? CitationText { get; init; }

        /// <summary>The link of the work itself: a page's citation link, a collection's <c>paperurl</c>, a BibTeX <c>url</c>.</summary>
        public string? Url { get; init; }

        /// <summary>The citation's fields: parsed from the citation text, or read from BibTeX fields directly.</summary>
        public ParsedCitation? Citation { get; init; }

        public EquatableArray<FigureModel> Figures { get; init; } = EquatableArray<FigureModel>.Empty;

        /// <summary>Further links: a PDF, code, slides, news coverage.</summary>
        public EquatableArray<LinkModel> Links { get; init; } = EquatableArray<LinkModel>.Empty;

        /// <summary>The collection's <c>permalink</c>: the paper's page on the site.</summary>
        public string? Permalink { get; init; }

        /// <summary>The category's display name (a collection's <c>category</c> through <c>_config.yml</c>'s <c>publication_category</c>).</summary>
        public string? Category { get; init; }

        /// <summary>A collection's <c>excerpt</c>.</summary>
        public string? Excerpt { get; init; }

        /// <summary>A collection file's Markdown body: the paper's own page text.</summary>
        public string? Body { get; init; }

        /// <summary>al-folio's <c>abbr</c> badge, such as <c>GRL</c>.</summary>
        public string? Abbreviation { get; init; }

        /// <summary>al-folio's <c>selected={true}</c>.</summary>
        public bool Selected { get; init; }

        /// <summary>al-folio's <c>award</c>.</summary>
        public string? Award { get; init; }

        /// <summary>Every other field, as written, so nothing the source says is lost.</summary>
        public EquatableArray<SourceField> Fields { get; init; } = EquatableArray<SourceField>.Empty;

        /// <summary>Where the source states its title, year, DOI, venue and authors.</summary>
        public EquatableArray<FieldLocation> Locations { get; init; } = EquatableArray<FieldLocation>.Empty;
    }
}
