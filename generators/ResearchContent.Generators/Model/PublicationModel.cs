using ResearchContent.Generators.Parsing.Citations;

namespace ResearchContent.Generators.Model
{
    /// <summary>A checked publication as the emitter writes it.</summary>
    internal sealed record PublicationModel(
        string Key,
        string PropertyName,
        string Label,
        int Year,
        int Number,
        string TitleEn,
        string? TitleZh,
        string? AbstractEn,
        string? AbstractZh,
        string CitationText,
        string CitationUrl,
        string? Doi,
        ParsedCitation Citation,
        EquatableArray<FigureModel> Figures,
        string SourcePath,
        int SourceLine);
}
