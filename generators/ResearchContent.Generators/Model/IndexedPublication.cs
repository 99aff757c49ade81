namespace ResearchContent.Generators.Model
{
    /// <summary>A publication and its place in the catalog: each is written to a source file of its own.</summary>
    internal sealed record IndexedPublication(int Index, PublicationModel Publication);
}
