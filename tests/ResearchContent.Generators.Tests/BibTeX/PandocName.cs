namespace ResearchContent.Generators.Tests.BibTeX
{
    /// <summary>A CSL name: family with particles and given, or a literal name (a corporate author, or "others").</summary>
    internal sealed record PandocName(string Family, string Given, bool IsLiteral);
}
