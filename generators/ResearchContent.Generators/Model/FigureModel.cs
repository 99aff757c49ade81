namespace ResearchContent.Generators.Model
{
    /// <summary>A figure as the emitter writes it.</summary>
    internal sealed record FigureModel(string Source, string? Alt, int? Width, string? CaptionEn, string? CaptionZh, bool ImageExists);
}
