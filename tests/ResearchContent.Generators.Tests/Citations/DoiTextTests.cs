using ResearchContent.Generators.Sources.Citations;
using Xunit;

namespace ResearchContent.Generators.Tests.Citations
{
    /// <summary>A DOI printed in a sentence ends before the sentence's punctuation, and keeps a bracket that is its own.</summary>
    public sealed class DoiTextTests
    {
        [Theory]
        [InlineData("doi:10.1029/2020GL090206.", "10.1029/2020GL090206")]
        [InlineData("(doi: 10.1029/2020GL090206)", "10.1029/2020GL090206")]
        [InlineData("https://doi.org/10.1016/S0012-821X(02)00123-4, 2002", "10.1016/S0012-821X(02)00123-4")]
        [InlineData("see 10.1002/(SICI)1097-4628(19960425)60:4<581::AID-APP11>3.0.CO;2-Q.", "10.1002/(SICI)1097-4628(19960425)60:4")]
        [InlineData("[10.1093/gji/ggab123]", "10.1093/gji/ggab123")]
        [InlineData("10.1126/science.abc1234;", "10.1126/science.abc1234")]
        public void A_DOI_in_text_ends_where_the_sentence_resumes(string text, string doi)
        {
            Assert.Equal(doi, DoiReader.FromText(text));
        }

        [Fact]
        public void A_closing_bracket_that_closes_the_DOIs_own_bracket_stays()
        {
            Assert.Equal("10.1016/0012-821X(79)", DoiReader.WithoutTrailingPunctuation("10.1016/0012-821X(79)."));
            Assert.Equal("10.1016/0012-821X(79)90025-4", DoiReader.WithoutTrailingPunctuation("10.1016/0012-821X(79)90025-4)"));
        }
    }
}
