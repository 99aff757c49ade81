namespace ResearchContent.Generators.Model
{
    /// <summary>One top-level scalar of a page's front matter.</summary>
    internal sealed record FrontMatterValue(string Name, string Value, int Line, int Column);
}
