namespace ResearchContent.Generators.Model
{
    /// <summary>A figure as read from an entry: the image, its caption and where it was written.</summary>
    internal sealed record ParsedFigure(
        string Source,
        string? Alt,
        int? Width,
        string? CaptionEn,
        string? CaptionZh,
        RelativeSpan ImageSpan,
        RelativeSpan AltSpan);
}
