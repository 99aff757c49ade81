using ResearchContent.Generators.Diagnostics;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Model
{
    /// <summary>
    /// Everything read from one entry, with positions relative to the entry, and the problems met while reading it.
    /// Checks run later (see <c>Validation/</c>), so that reading says only what is written.
    /// </summary>
    internal sealed record ParsedEntry
    {
        /// <summary>The first line that is not blank: where a problem with the whole entry is shown.</summary>
        public RelativeSpan FirstLine { get; init; }

        /// <summary>Whether the entry opens with a label line, well-formed or not.</summary>
        public bool HasLabelLine { get; init; }

        /// <summary>Text written before the label, which only the page's first entry may have (its introduction).</summary>
        public string? Preamble { get; init; }

        public RelativeSpan PreambleSpan { get; init; }

        /// <summary>The headings above the label, in the order written: the page's sections this entry opens.</summary>
        public EquatableArray<SectionHeading> Sections { get; init; } = EquatableArray<SectionHeading>.Empty;

        /// <summary>The label, such as <c>2021-#3</c>, when it is well-formed.</summary>
        public string? Label { get; init; }

        public int Year { get; init; }

        /// <summary>The number within the year: 3 for <c>2021-#3</c>.</summary>
        public int Number { get; init; }

        public RelativeSpan LabelSpan { get; init; }

        /// <summary>Every <c>&lt;!-- key: … --&gt;</c> comment, in the order written.</summary>
        public EquatableArray<KeyComment> KeyComments { get; init; } = EquatableArray<KeyComment>.Empty;

        /// <summary>The header block (titles and citation), or <see langword="null"/> when the entry has none.</summary>
        public RelativeSpan? HeaderSpan { get; init; }

        public string? TitleEn { get; init; }

        public string? TitleZh { get; init; }

        public RelativeSpan TitleSpan { get; init; }

        /// <summary>The citation's text as a reader sees it: entities decoded, tags stripped, whitespace collapsed.</summary>
        public string? CitationText { get; init; }

        /// <summary>The citation's link, entities decoded and trimmed.</summary>
        public string? CitationUrl { get; init; }

        /// <summary>The citation's <c>&lt;a&gt;</c> element.</summary>
        public RelativeSpan CitationSpan { get; init; }

        /// <summary>The citation's whole <c>&lt;a&gt;</c> element, which may run over several lines.</summary>
        public RelativeSpan CitationExtent { get; init; }

        /// <summary>The citation's <c>href</c> attribute.</summary>
        public RelativeSpan CitationUrlSpan { get; init; }

        /// <summary>The DOI of the citation link, when it is a doi.org link.</summary>
        public string? Doi { get; init; }

        /// <summary>
        /// Whether the chunk is no entry but page text between entries: headings alone (<c>## 2023</c> written
        /// between two <c>---</c> lines), or, above the first entry, the page's introduction. Its headings open
        /// sections for the entries below; no publication is missing from it.
        /// </summary>
        public bool IsPageText =>
            !HasLabelLine && HeaderSpan is null && AbstractEn is null && AbstractZh is null && NotesEn is null && NotesZh is null
            && Figures.Count == 0 && HeaderLinks.Count == 0 && KeyComments.Count == 0 && (Sections.Count > 0 || Preamble is not null)
            // A label run into the introduction's paragraph ("Our papers:\n<b>2021-#3</b>") is an entry that lost its label line.
            && (Preamble is null || Preamble.IndexOf("-#", System.StringComparison.Ordinal) < 0);

        /// <summary>The paper's DOI: the link's, else the one printed in the citation text.</summary>
        public string? EffectiveDoi => Doi ?? Citation?.Doi;

        /// <summary>The citation text read into its fields.</summary>
        public ParsedCitation? Citation { get; init; }

        public string? AbstractEn { get; init; }

        public string? AbstractZh { get; init; }

        /// <summary>English text of the entry that is neither abstract nor caption (a note, a highlights list); paragraphs separated by a blank line.</summary>
        public string? NotesEn { get; init; }

        /// <summary>Chinese text of the entry that is neither abstract nor caption.</summary>
        public string? NotesZh { get; init; }

        public EquatableArray<ParsedFigure> Figures { get; init; } = EquatableArray<ParsedFigure>.Empty;

        /// <summary>The header's links after the citation, and the links of the entry's notes, in the order written.</summary>
        public EquatableArray<HeaderLink> HeaderLinks { get; init; } = EquatableArray<HeaderLink>.Empty;

        /// <summary>Every address the entry links to or loads: <c>href</c>s and image sources.</summary>
        public EquatableArray<EntryLink> Links { get; init; } = EquatableArray<EntryLink>.Empty;

        /// <summary>Every run of invisible or direction-changing characters in the entry's text, as written.</summary>
        public EquatableArray<MisleadingText> MisleadingCharacters { get; init; } = EquatableArray<MisleadingText>.Empty;

        public EquatableArray<EntryDiagnostic> Diagnostics { get; init; } = EquatableArray<EntryDiagnostic>.Empty;

        /// <summary>
        /// The key derived from the first author, the year and the title, before it is made unique; worked out in the
        /// entry's own cached step, so that the catalog-wide key check does not derive every key again on each edit.
        /// </summary>
        public string? DerivedKey { get; init; }
    }
}
