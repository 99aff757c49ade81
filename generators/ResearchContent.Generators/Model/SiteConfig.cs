using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Model
{
    /// <summary>What the site's <c>_config.yml</c> says about publications: the display names of the collection's categories.</summary>
    /// <param name="Categories">academicpages' <c>publication_category</c>: a category's key and its title, such as <c>manuscripts</c> → <c>Journal Articles</c>.</param>
    internal sealed record SiteConfig(EquatableArray<SourceField> Categories)
    {
        public static readonly SiteConfig Empty = new(EquatableArray<SourceField>.Empty);
    }
}
