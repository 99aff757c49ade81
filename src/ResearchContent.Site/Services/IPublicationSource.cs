using System.Collections.Generic;

namespace ResearchContent.Site.Services
{
    /// <summary>Where the site reads its pages and publications from. The default is the compiled catalog; tests replace it.</summary>
    public interface IPublicationSource
    {
        /// <summary>The publications pages, in catalog order.</summary>
        IReadOnlyList<Page> Pages { get; }

        /// <summary>Every publication of every page, in catalog order.</summary>
        IReadOnlyList<Publication> Publications { get; }
    }

    /// <summary>The publications compiled into <see cref="ResearchCatalog"/>.</summary>
    public sealed class CatalogPublicationSource : IPublicationSource
    {
        /// <inheritdoc />
        public IReadOnlyList<Page> Pages => ResearchCatalog.Pages;

        /// <inheritdoc />
        public IReadOnlyList<Publication> Publications => ResearchCatalog.Publications;
    }

    /// <summary>A fixed set of pages, for tests and previews; publications are those of the pages.</summary>
    public sealed class FixedPublicationSource : IPublicationSource
    {
        /// <summary>Creates a source of the given pages.</summary>
        /// <param name="pages">The pages.</param>
        public FixedPublicationSource(IReadOnlyList<Page> pages)
        {
            Pages = pages;
            var all = new List<Publication>();
            foreach (var page in pages)
            {
                all.AddRange(page.Publications);
            }

            Publications = all;
        }

        /// <inheritdoc />
        public IReadOnlyList<Page> Pages { get; }

        /// <inheritdoc />
        public IReadOnlyList<Publication> Publications { get; }
    }
}
