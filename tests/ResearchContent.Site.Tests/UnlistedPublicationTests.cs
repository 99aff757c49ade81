using System.Collections.Generic;
using System.Linq;
using ResearchContent.Site.Services;
using Xunit;

namespace ResearchContent.Site.Tests
{
    /// <summary>Publications that only a collection or a BibTeX file holds get a page of their own, so none is unreachable from the list.</summary>
    public sealed class UnlistedPublicationTests
    {
        private static readonly Publication OnPage = new() { Key = "xu2021small", Label = "2021-#2", Year = 2021 };

        private static readonly Publication InBibOnly = new() { Key = "ou2023velocity", Year = 2023, Kind = PublicationKind.Conference };

        [Fact]
        public void With_pages_they_are_listed_at_the_bibliography_route()
        {
            var page = new Page { Path = "content/publications.md", Permalink = "/publications/", Publications = new[] { OnPage } };
            var directory = new PublicationDirectory(new Source(new[] { page }, new[] { OnPage, InBibOnly }));

            Assert.Equal(new[] { "/publications/", PublicationDirectory.UnlistedRoute }, directory.Pages.Select(PublicationDirectory.RouteOf));
            Assert.Equal(new[] { InBibOnly }, directory.FindByRoute("/bibliography")!.Publications);
            Assert.True(directory.TryGet("ou2023velocity", out var found, out var listedBy));
            Assert.Same(InBibOnly, found);
            Assert.Equal(PublicationDirectory.UnlistedRoute, PublicationDirectory.RouteOf(listedBy!));
        }

        [Fact]
        public void Without_pages_every_publication_is_at_the_default_route()
        {
            var directory = new PublicationDirectory(new Source(new Page[0], new[] { InBibOnly }));

            var page = Assert.Single(directory.Pages);
            Assert.Equal(PublicationDirectory.FallbackRoute, directory.DefaultRoute);
            Assert.Equal(new[] { InBibOnly }, page.Publications);
        }

        [Fact]
        public void When_every_publication_is_on_a_page_there_is_no_extra_page()
        {
            var page = new Page { Permalink = "/publications/", Publications = new[] { OnPage } };

            Assert.Single(new PublicationDirectory(new Source(new[] { page }, new[] { OnPage })).Pages);
        }

        private sealed class Source : IPublicationSource
        {
            public Source(IReadOnlyList<Page> pages, IReadOnlyList<Publication> publications) => (Pages, Publications) = (pages, publications);

            public IReadOnlyList<Page> Pages { get; }

            public IReadOnlyList<Publication> Publications { get; }
        }
    }
}
