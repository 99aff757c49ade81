namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// The end of a citation after the container: volume, issue, pages or article number, and the year where a
    /// style prints it there. <see cref="Head"/> is the text before it.
    /// </summary>
    internal sealed record SourceDetails
    {
        public string Head { get; init; } = string.Empty;

        public string? Volume { get; init; }

        public string? Issue { get; init; }

        public string? Pages { get; init; }

        public string? ArticleNumber { get; init; }

        public int? Year { get; init; }

        /// <summary>Whether the part held something that is no volume, issue, page, article number or date.</summary>
        public bool HasUnreadText { get; init; }
    }
}
