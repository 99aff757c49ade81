using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Model
{
    /// <summary>A checked publication as the emitter writes it.</summary>
    internal sealed record PublicationModel
    {
        public string Key { get; init; } = string.Empty;

        /// <summary>The name of the catalog property that returns this publication.</summary>
        public string PropertyName { get; init; } = string.Empty;

        public string Label { get; init; } = string.Empty;

        public int Year { get; init; }

        public int Number { get; init; }

        public string TitleEn { get; init; } = string.Empty;

        public string? TitleZh { get; init; }

        public string? AbstractEn { get; init; }

        public string? AbstractZh { get; init; }

        public string CitationText { get; init; } = string.Empty;

        public string CitationUrl { get; init; } = string.Empty;

        public string? Doi { get; init; }

        public ParsedCitation Citation { get; init; } = ParsedCitation.Unrecognized;

        public EquatableArray<FigureModel> Figures { get; init; } = EquatableArray<FigureModel>.Empty;

        public EquatableArray<LinkModel> Links { get; init; } = EquatableArray<LinkModel>.Empty;

        /// <summary>The page's path relative to the content root.</summary>
        public string SourcePath { get; init; } = string.Empty;

        /// <summary>The 1-based line of the label.</summary>
        public int SourceLine { get; init; }
    }
}
