namespace ResearchContent.Generators.Sources.Collection
{
    /// <summary>One category of <c>_config.yml</c>'s <c>publication_category</c>: <c>manuscripts: { title: 'Journal Articles' }</c>.</summary>
    /// <param name="Key">The name a file's <c>category:</c> uses, such as <c>manuscripts</c>.</param>
    /// <param name="Title">The heading the publications page shows for it, such as <c>Journal Articles</c>.</param>
    internal sealed record CategoryName(string Key, string Title);
}
