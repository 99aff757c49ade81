using System.Collections.Generic;

namespace ResearchContent.Generators.Tests.BibTeX
{
    /// <summary>The fields of one CSL-JSON item that the comparison reads.</summary>
    internal sealed record PandocItem(
        string Id,
        string Type,
        string? Title,
        IReadOnlyList<PandocName> Authors,
        int? Year,
        string? ContainerTitle,
        string? Publisher,
        string? Volume,
        string? Issue,
        string? Page,
        string? Doi);
}
