namespace ResearchContent.Generators.Parsing.Citations
{
    /// <summary>The names that <see cref="ParsedCitation.Unparsed"/> uses, so that callers can match on them.</summary>
    internal static class CitationField
    {
        public const string Authors = "authors";
        public const string Year = "year";
        public const string Title = "title";
        public const string Container = "container";

        /// <summary>The volume, issue, pages and article-number part held text the parser could not read.</summary>
        public const string Source = "source";
    }
}
