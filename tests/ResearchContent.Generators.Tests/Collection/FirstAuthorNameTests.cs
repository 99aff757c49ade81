using ResearchContent.Generators.Sources.Citations;
using ResearchContent.Generators.Sources.Collection;
using Xunit;

namespace ResearchContent.Generators.Tests.Collection
{
    /// <summary>The first author for the derived key: the citation's, else an authors field's, else an excerpt's that is nothing but names.</summary>
    public sealed class FirstAuthorNameTests
    {
        [Theory]
        [InlineData("Mei Lin, John Smith, and Wei Zhang", "Lin")]
        [InlineData("M. Lin, J. Smith and W. Zhang", "Lin")]
        [InlineData("Lin, M., Smith, J., & Zhang, W.", "Lin")]
        [InlineData("Jean-Paul van der Berg and Mei Lin", "van der Berg")]
        public void An_excerpt_of_names_gives_the_first_family_name(string excerpt, string family)
        {
            Assert.Equal(family, FirstAuthorName.FromExcerpt(excerpt));
        }

        [Theory]
        [InlineData("This paper is about the number 1. The number 2 is left for future work.")]
        [InlineData("In this paper, we characterize the privacy offered by pruning.")]
        [InlineData("CVPR 2023")]
        [InlineData("Oral presentation, best paper award")]
        [InlineData("")]
        public void An_excerpt_that_is_a_sentence_gives_none(string excerpt)
        {
            Assert.Null(FirstAuthorName.FromExcerpt(excerpt));
        }

        [Fact]
        public void The_citation_comes_first_then_the_authors_field_then_the_excerpt_then_the_citation_text()
        {
            var cited = CitationParser.Parse("Zhang, Q., & Lin, M. (2021). A title. Journal, 1, 2.");
            Assert.Equal("Zhang", FirstAuthorName.Of(cited, "…", "Mei Lin", "Wei Wang, Tao Li"));

            var anonymous = CitationParser.Parse("\"A title,\" Journal, 2021.");
            Assert.Equal("Lin", FirstAuthorName.Of(anonymous, "…", "Mei Lin", "Wei Wang, Tao Li"));
            Assert.Equal("Lin", FirstAuthorName.Of(anonymous, "…", "Mei Lin*, Tao Wang (equal contribution)", null));
            Assert.Equal("Wang", FirstAuthorName.Of(anonymous, "…", null, "Wei Wang, Tao Li"));
            Assert.Equal("Name", FirstAuthorName.Of(null, "Your Name, You. (2009). Title.", null, "This paper is about the number 1."));
            Assert.Equal(string.Empty, FirstAuthorName.Of(null, null, null, null));
        }
    }
}
