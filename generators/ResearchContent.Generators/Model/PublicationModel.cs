using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Model
{
    /// <summary>A checked publication, merged from its sources, as the emitter writes it.</summary>
    internal sealed record PublicationModel
    {
        public string Key { get; init; } = string.Empty;

        /// <summary>The name of the catalog property that returns this publication.</summary>
        public string PropertyName { get; init; } = string.Empty;

        public string Label { get; init; } = string.Empty;

        public int Year { get; init; }

        public int Number { get; init; }

        public string? TitleEn { get; init; }

        public string? TitleZh { get; init; }

        public string? AbstractEn { get; init; }

        public string? AbstractZh { get; init; }

        /// <summary>A page entry's text that is neither abstract nor caption (see <c>NoteReader</c>).</summary>
        public string? NotesEn { get; init; }

        public string? NotesZh { get; init; }

        /// <summary>The page's headings the entry stands under, outermost first (see <c>Merge/PageSections</c>).</summary>
        public EquatableArray<string> Sections { get; init; } = EquatableArray<string>.Empty;

        public string CitationText { get; init; } = string.Empty;

        public string CitationUrl { get; init; } = string.Empty;

        public string? Doi { get; init; }

        public ParsedCitation Citation { get; init; } = ParsedCitation.Unrecognized;

        public EquatableArray<FigureModel> Figures { get; init; } = EquatableArray<FigureModel>.Empty;

        public EquatableArray<LinkModel> Links { get; init; } = EquatableArray<LinkModel>.Empty;

        /// <summary>The first source's path relative to the content root.</summary>
        public string SourcePath { get; init; } = string.Empty;

        /// <summary>The 1-based line of the first source: a page entry's label, a collection file's first line, a BibTeX entry.</summary>
        public int SourceLine { get; init; }

        /// <summary>Every source the publication was read from, in the order page, collection, BibTeX.</summary>
        public EquatableArray<SourceLocationModel> Sources { get; init; } = EquatableArray<SourceLocationModel>.Empty;

        public PublicationKind Kind { get; init; }

        public string? Date { get; init; }

        public string? Venue { get; init; }

        public string? Permalink { get; init; }

        public string? Category { get; init; }

        public string? Excerpt { get; init; }

        public string? Body { get; init; }

        public string? Abbreviation { get; init; }

        public bool Selected { get; init; }

        public string? Award { get; init; }

        public EquatableArray<SourceField> Fields { get; init; } = EquatableArray<SourceField>.Empty;
    }
}
