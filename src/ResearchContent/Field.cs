namespace ResearchContent
{
    /// <summary>A field a source states that has no property of its own, such as a BibTeX <c>keywords</c> or a front-matter <c>tags</c>.</summary>
    public sealed class Field
    {
        /// <summary>The field's name as written; lower case for BibTeX.</summary>
        public string Name { get; init; } = string.Empty;

        /// <summary>The value as text: BibTeX's with its LaTeX turned into Unicode, a YAML list joined by <c>, </c>.</summary>
        public string Value { get; init; } = string.Empty;

        /// <summary>The name and the value.</summary>
        /// <returns>A short description.</returns>
        public override string ToString() => Name + " = " + Value;
    }
}
