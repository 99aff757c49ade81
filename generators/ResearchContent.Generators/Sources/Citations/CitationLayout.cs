namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>Where a citation's author list ends, its year if printed there, and its title when the layout shows it.</summary>
    /// <param name="Authors">The author list's text.</param>
    /// <param name="Year">The year printed right after the authors (AGU, APA, Harvard, Science China), else <see langword="null"/>.</param>
    /// <param name="Title">The title when the layout marks it (quotes, or the page's header title found in the text), else <see langword="null"/>.</param>
    /// <param name="Body">What follows: the title (unless known), the container and the volume/issue/pages part.</param>
    internal readonly record struct CitationLayout(string Authors, int? Year, string? Title, string Body)
    {
        /// <summary>Whether the names are a whole book's editors (<c>Teunissen, P.J., Montenbruck, O. (eds) (2017)</c>), who are no authors.</summary>
        public bool ByEditors { get; init; }

        /// <summary>Whether the year followed the names in parentheses, so that a period before it is an initial's.</summary>
        public bool YearInParentheses { get; init; }
    }
}
