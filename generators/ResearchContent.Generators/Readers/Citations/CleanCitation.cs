namespace ResearchContent.Generators.Readers.Citations
{
    /// <summary>A citation with its DOI and trailing note taken out, and whitespace collapsed.</summary>
    /// <param name="Text">What is left: authors, year, title, container and the volume/issue/pages part.</param>
    /// <param name="Doi">The bare DOI, or <see langword="null"/>.</param>
    /// <param name="Note">The trailing remark, such as <c>Invited feature paper</c>, or <see langword="null"/>.</param>
    internal sealed record CleanCitation(string Text, string? Doi, string? Note);
}
