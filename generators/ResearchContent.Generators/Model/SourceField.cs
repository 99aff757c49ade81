namespace ResearchContent.Generators.Model
{
    /// <summary>A field a source states that has no property of its own (a BibTeX <c>keywords</c>, a front-matter <c>tags</c>), kept as written.</summary>
    /// <param name="Name">The field's name as written, lower-cased for BibTeX.</param>
    /// <param name="Value">The value as text: BibTeX's with LaTeX turned into Unicode; YAML lists joined by <c>, </c>.</param>
    internal sealed record SourceField(string Name, string Value);
}
