using System;
using System.Linq;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Sources.Collection
{
    /// <summary>
    /// The site's publication categories, in the order <c>_config.yml</c> lists them (the order in which the
    /// publications page shows them). Value-equatable, so that an edit to <c>_config.yml</c> that leaves the
    /// categories alone leaves every collection file's read cached.
    /// </summary>
    internal sealed record CategoryNames(EquatableArray<CategoryName> Names)
    {
        /// <summary>A site without <c>publication_category</c>: every file shows its category as written.</summary>
        public static readonly CategoryNames Empty = new(EquatableArray<CategoryName>.Empty);

        /// <summary>Whether the site lists no categories: then no category is reported as unknown.</summary>
        public bool IsEmpty => Names.Count == 0;

        /// <summary>
        /// The heading of a category, or <see langword="null"/> when the site does not name it. Compared exactly, as
        /// the template's Liquid compares <c>post.category</c> with each name.
        /// </summary>
        public string? TitleOf(string key)
        {
            foreach (var name in Names)
            {
                if (string.Equals(name.Key, key, StringComparison.Ordinal))
                {
                    return name.Title;
                }
            }

            return null;
        }

        /// <summary>The category names as a message lists them: <c>'books', 'manuscripts', 'conferences'</c>.</summary>
        public string Listed() => string.Join(", ", Names.Select(name => "'" + name.Key + "'"));
    }
}
