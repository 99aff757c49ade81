using ResearchContent.Generators.Parsing.Citations;

namespace ResearchContent.Generators.Model
{
    /// <summary>
    /// Everything read from one entry, with positions relative to the entry. Checks that need other entries
    /// or the project's files (duplicates, images) happen later, so that this stays cached when they change.
    /// </summary>
    internal sealed record ParsedEntry(
        string? Label,
        int Year,
        int Number,
        RelativeSpan LabelSpan,
        string? Key,
        RelativeSpan KeySpan,
        bool KeyIsExplicit,
        string? TitleEn,
        string? TitleZh,
        RelativeSpan TitleSpan,
        string? CitationText,
        string? CitationUrl,
        string? Doi,
        ParsedCitation? Citation,
        RelativeSpan CitationSpan,
        string? AbstractEn,
        string? AbstractZh,
        EquatableArray<ParsedFigure> Figures,
        EquatableArray<EntryDiagnostic> Diagnostics);
}
