using System.Linq;
using ResearchContent.Generators.Sources.Collection;
using Xunit;

namespace ResearchContent.Generators.Tests.Collection
{
    /// <summary><c>_config.yml</c>'s <c>publication_category</c>: the headings, in order, and nothing at all rather than an exception.</summary>
    public sealed class SiteConfigReaderTests
    {
        [Fact]
        public void The_sample_sites_categories_are_read_in_order_with_their_headings()
        {
            Assert.Equal(
                new[] { "books=Books", "manuscripts=Journal Articles", "conferences=Conference Papers", "preprints=Preprints & Working Papers", "theses=Theses" },
                CollectionCorpus.Categories.Names.Select(name => name.Key + "=" + name.Title));
            Assert.Equal("Journal Articles", CollectionCorpus.Categories.TitleOf("manuscripts"));

            // Liquid compares the category exactly.
            Assert.Null(CollectionCorpus.Categories.TitleOf("Manuscripts"));
        }

        [Fact]
        public void The_templates_flow_mapping_reads_as_the_block_one()
        {
            var flow = SiteConfigReader.Read("publication_category: { books: { title: 'Books' }, manuscripts: { title: 'Journal Articles' }, conferences: { title: 'Conference Papers' } }");
            var block = SiteConfigReader.Read("publication_category:\n  books:\n    title: 'Books'\n  manuscripts:\n    title: 'Journal Articles'\n  conferences:\n    title: 'Conference Papers'\n");

            Assert.Equal(block, flow);
            Assert.Equal(3, flow.Names.Count);
        }

        [Fact]
        public void A_category_without_a_title_mapping_is_named_by_its_value_or_its_key()
        {
            var categories = SiteConfigReader.Read("publication_category:\n  books: Books and Chapters\n  talks:\n  posters:\n    heading: x\n");

            Assert.Equal(new[] { "books=Books and Chapters", "talks=talks", "posters=posters" }, categories.Names.Select(name => name.Key + "=" + name.Title));
        }

        [Fact]
        public void A_category_given_twice_keeps_its_first_place_and_its_last_title_as_ruby_does()
        {
            var categories = SiteConfigReader.Read("publication_category:\n  books: A\n  manuscripts: B\n  books: C\n");

            Assert.Equal(new[] { "books=C", "manuscripts=B" }, categories.Names.Select(name => name.Key + "=" + name.Title));
        }

        [Theory]
        [InlineData("")]
        [InlineData("title: Site\n")]
        [InlineData("publication_category:\n")]
        [InlineData("publication_category: journal\n")]
        [InlineData("publication_category:\n  - books\n  - manuscripts\n")]
        [InlineData("title: Site: with a colon\npublication_category:\n  books:\n    title: Books\n")]
        [InlineData("publication_category:\n  books:\n\ttitle: Books\n")]
        [InlineData("publication_category: {books: {title: 'Books'}\n")]
        [InlineData("\uFEFF%YAML 9.9\n---\n")]
        public void A_site_without_readable_categories_has_none(string config)
        {
            Assert.Same(CategoryNames.Empty, SiteConfigReader.Read(config));
        }

        [Fact]
        public void Categories_are_values_so_an_unrelated_config_edit_keeps_the_cache()
        {
            var before = SiteConfigReader.Read("title: A\npublication_category:\n  books:\n    title: Books\n");
            var after = SiteConfigReader.Read("title: B\n# a comment\npublication_category:\n  books:\n    title: 'Books'\n");

            Assert.Equal(before, after);
            Assert.Equal(before.GetHashCode(), after.GetHashCode());
            Assert.NotEqual(before, SiteConfigReader.Read("publication_category:\n  books:\n    title: Monographs\n"));
        }

        [Fact]
        public void The_byte_order_mark_of_a_windows_editor_is_no_part_of_the_first_name()
        {
            var categories = SiteConfigReader.Read("\uFEFFpublication_category:\r\n  books:\r\n    title: Books\r\n");

            Assert.Equal("Books", categories.TitleOf("books"));
        }
    }
}
