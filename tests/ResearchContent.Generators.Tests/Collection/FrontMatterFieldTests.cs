using ResearchContent.Generators.Primitives;
using Xunit;
using static ResearchContent.Generators.Tests.Collection.CollectionCorpus;

namespace ResearchContent.Generators.Tests.Collection
{
    /// <summary>Front-matter fields the sample site does not show, one at a time.</summary>
    public sealed class FrontMatterFieldTests
    {
        [Fact]
        public void A_file_named_by_its_date_needs_no_date_field_as_jekyll_dates_it_by_its_name()
        {
            var file = Read("_publications/2021-06-01-small-fractures.md", "---\ntitle: Small Fractures\n---\n");
            var paper = Assert.Single(file.Publications);

            Assert.Empty(file.Diagnostics);
            Assert.Equal("2021-06-01", paper.Date);
            Assert.Equal(2021, paper.Year);
            Assert.Equal(new RelativeSpan(0, 0, 0, 3), Location(paper, "year"));
            Assert.Equal("small2021fractures", paper.DerivedKey);
        }

        [Theory]
        [InlineData("The 2019 Ridgecrest sequence ruptured a *conjugate* fault system.", "The 2019 Ridgecrest sequence ruptured a conjugate fault system.", null)]
        [InlineData("2019年Ridgecrest地震序列破裂了一个共轭断层系统。", null, "2019年Ridgecrest地震序列破裂了一个共轭断层系统。")]
        public void An_abstract_is_english_or_chinese_by_its_script(string written, string? english, string? chinese)
        {
            var paper = Publication("_publications/2021-06-01-a.md", "---\ntitle: A\nabstract: '" + written + "'\n---\n");

            Assert.Equal(english, paper.AbstractEn);
            Assert.Equal(chinese, paper.AbstractZh);
            Assert.Empty(paper.Fields);
        }

        [Fact]
        public void Nested_mappings_become_fields_named_by_their_path_and_blank_values_are_left_out()
        {
            var paper = Publication(
                "_publications/2021-06-01-a.md",
                "---\ntitle: A\nheader:\n  teaser: ridgecrest.png\n  overlay_filter: ''\nauthor_profile: true\nredirect_from: [/old/a, /older/a]\nnotes:\n---\n");

            Assert.Equal(new[] { "header.teaser=ridgecrest.png", "author_profile=true", "redirect_from=/old/a, /older/a" }, Fields(paper));
        }

        [Fact]
        public void A_doi_field_that_holds_no_doi_stays_a_field_and_a_doi_org_paper_link_gives_the_doi()
        {
            var paper = Publication(
                "_publications/2021-06-01-a.md",
                "---\ntitle: A\ndoi: to be assigned\npaperurl: https://dx.doi.org/10.3389/feart.2021.672809\n---\n");

            Assert.Equal("10.3389/feart.2021.672809", paper.Doi);
            Assert.Equal(new RelativeSpan(3, 10, 3, 54), Location(paper, "doi"));
            Assert.Equal(new[] { "doi=to be assigned" }, Fields(paper));
        }

        [Fact]
        public void Html_in_titles_and_venues_is_read_as_the_site_shows_it()
        {
            var paper = Publication(
                "_publications/2021-06-01-a.md",
                "---\ntitle: 'Slip on the <i>Altyn Tagh</i> Fault &amp; Its Branches'\nvenue: '<b>GRL</b>&nbsp;(AGU)'\n---\n");

            Assert.Equal("Slip on the Altyn Tagh Fault & Its Branches", paper.Title);
            Assert.Equal("GRL\u00A0(AGU)", paper.Venue);
        }

        [Fact]
        public void Quoted_false_is_a_string_so_jekyll_publishes_the_file()
        {
            Assert.Single(Read("_publications/2021-06-01-a.md", "---\ntitle: A\npublished: 'false'\n---\n").Publications);
            Assert.Empty(Read("_publications/2021-06-01-a.md", "---\ntitle: A\npublished: no\n---\n").Publications);
        }

        private static Model.SourcePublication Publication(string path, string text) => Assert.Single(Read(path, text).Publications);
    }
}
