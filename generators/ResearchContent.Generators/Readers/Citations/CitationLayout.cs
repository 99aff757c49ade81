namespace ResearchContent.Generators.Readers.Citations
{
    /// <summary>
    /// Where a citation's author list ends and its body begins, found from the first of three landmarks:
    /// a parenthesized year (AGU, APA), a year between periods (Chicago author-date), or an opening quote
    /// (IEEE, Chicago notes).
    /// </summary>
    /// <param name="Authors">The text before the landmark.</param>
    /// <param name="Year">The year the landmark gave, or <see langword="null"/> when it gave none (a quote, or <c>(in press)</c>).</param>
    /// <param name="Body">Title, journal and tail; it starts with the quote for a quoted title.</param>
    internal readonly record struct CitationLayout(string Authors, int? Year, string Body);
}
