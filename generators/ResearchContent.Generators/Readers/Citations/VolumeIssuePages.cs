namespace ResearchContent.Generators.Readers.Citations
{
    /// <summary>
    /// The end of a citation after the journal: volume, issue, pages or article number, and the year where IEEE
    /// and Chicago notes put it. <see cref="Head"/> is the text before it.
    /// </summary>
    internal readonly record struct VolumeIssuePages(
        string Head,
        string? Volume,
        string? Issue,
        string? Pages,
        string? ArticleNumber,
        int? Year,
        bool HasUnreadText);
}
