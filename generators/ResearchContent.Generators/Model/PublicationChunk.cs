using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Model
{
    /// <summary>
    /// A run of up to <c>StorageLayout.ChunkSize</c> consecutive publications, written to one generated file and stored
    /// as one block of data: an edited publication rewrites its own chunk only.
    /// </summary>
    internal sealed record PublicationChunk(int Index, int FirstPublication, EquatableArray<PublicationModel> Publications);
}
