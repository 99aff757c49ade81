using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Model
{
    /// <summary>A figure as read from an entry: the image, its caption and where it was written.</summary>
    internal sealed record ParsedFigure
    {
        /// <summary>The image's <c>src</c>, entities decoded and trimmed.</summary>
        public string Source { get; init; } = string.Empty;

        public string? Alt { get; init; }

        /// <summary>The width in pixels, when the <c>width</c> attribute is a positive whole number.</summary>
        public int? Width { get; init; }

        public string? CaptionEn { get; init; }

        public string? CaptionZh { get; init; }

        /// <summary>The <c>&lt;img&gt;</c> start tag.</summary>
        public RelativeSpan ImageSpan { get; init; }

        /// <summary>The <c>alt</c> attribute, or the start tag when there is none.</summary>
        public RelativeSpan AltSpan { get; init; }
    }
}
