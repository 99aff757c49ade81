namespace ResearchContent.Generators.Sources.BibTeX
{
    /// <summary>One <c>name = value</c> of an entry.</summary>
    /// <param name="Name">The field's name, lower-case: BibTeX ignores the case of field names.</param>
    /// <param name="NameStart">The offset of the name in the file.</param>
    /// <param name="Value">The value with its macros expanded, LaTeX not yet read.</param>
    internal sealed record BibTeXField(string Name, int NameStart, BibTeXValue Value);
}
