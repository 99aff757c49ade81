using ResearchContent.Generators.Sources.Citations;
using Xunit;
using Kind = ResearchContent.Generators.Model.PublicationKind;

namespace ResearchContent.Generators.Tests.Citations
{
    /// <summary>
    /// Meeting abstracts as chemistry's, materials' and medicine's societies cite them: the abstract's number, then where
    /// and when the meeting was held, or the number in a sentence of its own at the end. The number is the article
    /// number, the meeting (with a season or a year glued to its name) the container; the place and days are no field.
    /// </summary>
    public sealed class MeetingAbstractTests
    {
        [Theory]
        [InlineData("Gao, R., & Zhou, H. (2022). Proton conduction in hydrogen-bonded organic frameworks above 100 °C. ACS Fall 2022, Abstract No. 3765, Chicago, IL, August 21–25.", "ACS Fall 2022", "3765", 2022)]
        [InlineData("Chen, Y., Sun, J., & Zhou, H. (2023). Ampere-level CO2 electrolysis on conductive COF electrodes. 2023 MRS Fall Meeting & Exhibit, Abstract EN05.12.03, Boston, MA, November 26–December 1.", "2023 MRS Fall Meeting & Exhibit", "EN05.12.03", 2023)]
        [InlineData("Sun, J., Chen, Y., & Zhou, H. (2021). Redox-active COF interlayers against polysulfide shuttling. MOF2021, Abstract P-245, online, 17–20 October.", "MOF2021", "P-245", 2021)]
        [InlineData("Zhao X, Li Y, Zhou W*. Accelerated quantitative T1ρ mapping of knee cartilage using deep subspace learning. ISMRM & ISMRT Annual Meeting 2023, Toronto, ON, Canada. Abstract 2345.", "ISMRM & ISMRT Annual Meeting 2023", "2345", 2023)]
        [InlineData("Chen H, Liu M, Xu T, Zhou W. Large language model-assisted structured reporting of chest CT: a reader study. Radiological Society of North America (RSNA) 2023 Scientific Assembly and Annual Meeting, Chicago, IL, November 26–30, 2023. Abstract T5-SSIN02-4.", "Radiological Society of North America (RSNA) 2023 Scientific Assembly and Annual Meeting", "T5-SSIN02-4", 2023)]
        public void The_abstract_number_is_read_wherever_the_meeting_prints_it(string text, string meeting, string number, int year)
        {
            var parsed = CitationParser.Parse(text);

            Assert.Equal(meeting, parsed.Container);
            Assert.Equal(number, parsed.ArticleNumber);
            Assert.Null(parsed.Volume);
            Assert.Equal(year, parsed.Year);
            Assert.Equal(Kind.Conference, parsed.Kind);
        }

        [Fact]
        public void A_number_followed_by_words_that_are_no_place_is_not_taken_for_an_abstract()
        {
            // "in the Proceedings…" after the number is not where the meeting was held: nothing is cut.
            var parsed = CitationParser.Parse("Gao, R. (2022). Proton conduction above 100 °C. ACS Fall 2022, Abstract No. 3765, in the proceedings of the Division of Energy and Fuels.");

            Assert.NotEqual("3765", parsed.ArticleNumber);
        }

        [Fact]
        public void A_journals_seasonal_issue_is_still_a_date()
        {
            var parsed = CitationParser.Parse("Smith, J. (2019). Reading rivers. Water Resources Impact, 21(4), Fall 2019, 12–15.");

            Assert.Equal("Water Resources Impact", parsed.Container);
            Assert.Equal("21", parsed.Volume);
        }

        [Fact]
        public void A_preprint_under_review_keeps_its_server_and_names_the_journal_in_its_note()
        {
            var parsed = CitationParser.Parse(
                "Xu T, Sun Q, Wang Z. Multicenter external validation of a deep learning model for opportunistic osteoporosis screening on routine chest CT. medRxiv 2025.01.14.25320345; posted January 16, 2025. (under review at Radiology)",
                "Multicenter external validation of a deep learning model for opportunistic osteoporosis screening on routine chest CT");

            Assert.Equal("medRxiv", parsed.Container);
            Assert.Equal("under review at Radiology", parsed.Note);
        }

        [Fact]
        public void A_paper_under_review_without_a_server_is_in_the_journal_it_went_to()
        {
            var parsed = CitationParser.Parse("Li, X., & Wang, T. Seasonal subsidence of the Hetao irrigation district. (under review at Remote Sensing of Environment)");

            Assert.Equal("Remote Sensing of Environment", parsed.Container);
            Assert.Equal("under review", parsed.Note);
        }
    }
}
