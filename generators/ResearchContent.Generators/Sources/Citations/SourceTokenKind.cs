namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>The kinds of tokens in a citation's volume/issue/pages part.</summary>
    internal enum SourceTokenKind
    {
        /// <summary>A word that cannot be part of it: the container or the title.</summary>
        Word,
        Number,
        Range,
        Parenthesized,
        VolumeLabel,
        IssueLabel,
        PagesLabel,
        ArticleLabel,
        PartLabel,
        Month,
    }
}
