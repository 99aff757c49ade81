namespace ResearchContent.Generators.Model
{
    /// <summary>A publication's further link as the emitter writes it.</summary>
    internal sealed record LinkModel(string Text, string Url);
}
