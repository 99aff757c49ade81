namespace ResearchContent.Generators.Model
{
    /// <summary>A file and 1-based line a publication was read from, as the emitter writes it.</summary>
    internal sealed record SourceLocationModel(string Path, int Line);
}
