using ResearchContent.Generators.Sources.Collection;
using Xunit;

namespace ResearchContent.Generators.Tests.Collection
{
    /// <summary>Which files are publications: Jekyll's documents of <c>_publications/</c>, and files that say they belong to it.</summary>
    public sealed class CollectionFileTests
    {
        [Theory]
        [InlineData("_publications/2009-10-01-paper-title-number-1.md")]
        [InlineData("_publications/paper.markdown")]
        [InlineData("_publications/2020/journal/paper.md")]
        [InlineData("site/_publications/paper.md")]
        [InlineData("site\\_publications\\paper.md")]
        [InlineData("_Publications/Paper.MD")]
        [InlineData("_publications/paper.html")]
        public void Documents_in_a_publications_folder_are_collection_files(string path)
        {
            Assert.True(CollectionFile.IsCollectionPath(path));
        }

        [Theory]
        [InlineData("_publications/.2019-01-01-paper.md.swp")]
        [InlineData("_publications/._2020-12-19-paper-title-number-1.md")]
        [InlineData("_publications/_template.md")]
        [InlineData("_publications/#paper.md#")]
        [InlineData("_publications/paper.md~")]
        [InlineData("_publications/10.1038_s41565-019-0465-3-citation.bib")]
        [InlineData("_publications/.DS_Store")]
        [InlineData("_publications/")]
        [InlineData("_publications")]
        [InlineData("_publications.md")]
        [InlineData("publications/paper.md")]
        [InlineData("_pages/publications.md")]
        [InlineData("paper.md")]
        [InlineData("")]
        public void Files_jekyll_skips_or_that_are_elsewhere_are_not(string path)
        {
            Assert.False(CollectionFile.IsCollectionPath(path));
        }

        [Theory]
        [InlineData("---\ncollection: publications\n---\n")]
        [InlineData("---\ntitle: A\ncollection: 'publications'\n---\n")]
        [InlineData("---\ncollection: \"publications\" # moved from _pages\n---\n")]
        [InlineData("\uFEFF---\r\ncollection:   publications\r\n...\r\n")]
        [InlineData("--- \ncollection : publications\n---\n")]
        public void Front_matter_that_says_collection_publications_declares_it(string text)
        {
            Assert.True(CollectionFile.DeclaresCollection(text));
        }

        [Theory]
        [InlineData("---\ncollection: talks\n---\n")]
        [InlineData("---\ncollection: publications-old\n---\n")]
        [InlineData("---\nauthor:\n  collection: publications\n---\n")]
        [InlineData("---\n#collection: publications\n---\n")]
        [InlineData("---\ntitle: A\n---\ncollection: publications\n")]
        [InlineData("---\ncollection: publications\n")]
        [InlineData("\n---\ncollection: publications\n---\n")]
        [InlineData("collection: publications\n")]
        [InlineData("")]
        public void Anything_else_does_not(string text)
        {
            Assert.False(CollectionFile.DeclaresCollection(text));
        }
    }
}
