using System.Linq;
using ResearchContent.Generators.Model;
using Kind = ResearchContent.Generators.Model.PublicationKind;
using ResearchContent.Generators.Sources.Citations;
using Xunit;

namespace ResearchContent.Generators.Tests.Citations
{
    /// <summary>
    /// Works issued by organizations rather than printed in journals: organizations as authors, reports, standards,
    /// patents, web pages and edited books, in the shapes hand-edited lists, Frontiers, Google Scholar and GB/T 7714 print.
    /// </summary>
    public sealed class IssuedWorkTests
    {
        [Theory]
        [InlineData("U.S. Geological Survey. M 7.8 - Central Turkey[EB/OL]. (2023-02-06)[2023-05-05]. https://earthquake.usgs.gov/earthquakes/eventpage/us6000jllz/executive.", "U.S. Geological Survey", 2023)]
        [InlineData("GSI (2024). The 2024 Noto Peninsula Earthquake: Crustal Deformation Detected by ALOS-2 Interferometry. Available at: https://www.gsi.go.jp/cais/noto2024.html (Accessed February 1, 2024).", "GSI", 2024)]
        public void An_organization_is_one_author_and_a_page_online_is_a_report(string text, string organization, int year)
        {
            var parsed = CitationParser.Parse(text);

            var author = Assert.Single(parsed.Authors);
            Assert.Equal(organization, author.Family);
            Assert.Equal(string.Empty, author.Given);
            Assert.Equal(year, parsed.Year);
            Assert.NotNull(parsed.Title);
            Assert.Equal(Kind.Report, parsed.Kind);
        }

        [Theory]
        [InlineData("Standardization Administration of China. Specifications for global positioning system (GPS) surveys: GB/T 18314-2009[S]. Beijing: Standards Press of China, 2009.", "Specifications for global positioning system (GPS) surveys", "GB/T 18314-2009", 2009)]
        [InlineData("WANG T, LIU R, ZHANG Q. InSAR phase unwrapping method based on a deep residual network: CN113945934A[P]. 2022-01-18.", "InSAR phase unwrapping method based on a deep residual network", "CN113945934A", 2022)]
        public void A_standard_or_patent_number_after_the_title_is_its_number(string text, string title, string number, int year)
        {
            var parsed = CitationParser.Parse(text);

            Assert.Equal(title, parsed.Title);
            Assert.Equal(number, parsed.ArticleNumber);
            Assert.Equal(year, parsed.Year);
            Assert.Equal(Kind.Report, parsed.Kind);
        }

        [Fact]
        public void Google_Scholars_numbered_report_names_its_issuer_without_the_place()
        {
            var parsed = CitationParser.Parse("Yoo, J. M., Kurtz, A. K., & Doerry, A. W. (2019). Coherent change detection with high-resolution SAR for infrastructure monitoring (No. SAND2019-11672). Sandia National Lab.(SNL-NM), Albuquerque, NM (United States).");

            Assert.Equal("Coherent change detection with high-resolution SAR for infrastructure monitoring", parsed.Title);
            Assert.Equal("Sandia National Lab.(SNL-NM)", parsed.Container);
            Assert.Equal("SAND2019-11672", parsed.ArticleNumber);
            Assert.Null(parsed.Note);
            Assert.Equal(Kind.Report, parsed.Kind);
        }

        [Fact]
        public void A_technical_report_without_a_number_is_a_report_by_its_issuer()
        {
            var parsed = CitationParser.Parse("Sandwell D., Mellors R., Tong X., Xu X., Wei M., Wessel P.: GMTSAR: An InSAR Processing System Based on Generic Mapping Tools. Technical report, Scripps Institution of Oceanography, 2016.");

            Assert.Equal("GMTSAR: An InSAR Processing System Based on Generic Mapping Tools", parsed.Title);
            Assert.Equal("Scripps Institution of Oceanography", parsed.Container);
            Assert.Equal(2016, parsed.Year);
            Assert.Equal(Kind.Report, parsed.Kind);
        }

        [Fact]
        public void A_book_cited_by_its_editors_has_no_authors_and_no_container()
        {
            var parsed = CitationParser.Parse("Teunissen, P.J., Montenbruck, O. (eds) (2017). Springer Handbook of Global Navigation Satellite Systems. Springer Handbooks. Springer, Cham. https://doi.org/10.1007/978-3-319-42928-1");

            Assert.Empty(parsed.Authors);
            Assert.DoesNotContain(CitationField.Authors, parsed.Unparsed.ToArray());
            Assert.Equal("Springer Handbook of Global Navigation Satellite Systems", parsed.Title);
            Assert.Null(parsed.Container);
            Assert.Equal(Kind.Book, parsed.Kind);
        }

        [Fact]
        public void A_leading_year_and_a_bracketed_remark_are_read_from_a_hand_edited_line()
        {
            var leading = CitationParser.Parse("2019 — Xu A, Wang T: Coseismic surface fractures of the 2019 Ridgecrest earthquakes mapped with Planet imagery. Seismol Res Lett 90(6), 2231–2240");
            var bracketed = CitationParser.Parse("Nicolas d'Oreye, Pablo J. González and Jean-Philippe Avouac, Lava lake level and flank deformation at Nyiragongo from Sentinel-1 and TanDEM-X, J. Volcanol. Geotherm. Res. 421 (2022) 107426 [Invited]");

            Assert.Equal(2019, leading.Year);
            Assert.Equal(new[] { "Xu", "Wang" }, leading.Authors.Select(a => a.Family).ToArray());
            Assert.Equal("Seismol Res Lett", leading.Container);
            Assert.Equal("Invited", bracketed.Note);
            Assert.Equal("J. Volcanol. Geotherm. Res.", bracketed.Container);
        }

        [Theory]
        [InlineData("Zhao, L. and T. Wang, 2019, Ground deformation of Changbaishan volcano from ALOS-2 ScanSAR interferometry, AOGS 16th Annual Meeting, Singapore, 28 Jul - 2 Aug 2019, SE08-A012 (oral)", "SE08-A012")]
        [InlineData("Xu, X. (2021). Slip on the fault. Journal of Geophysical Research: Solid Earth, 126, S12–S20.", null)]
        public void A_meeting_abstract_number_is_no_page_range(string text, string? number)
        {
            var parsed = CitationParser.Parse(text);

            Assert.Equal(number, parsed.ArticleNumber);
            Assert.Equal(number is null ? "S12–S20" : null, parsed.Pages);
        }

        [Fact]
        public void Family_names_in_capitals_come_first_and_make_two_capitals_a_family_name_too()
        {
            var parsed = CitationParser.Parse("ZHAO Lina, WANG Teng, HE Yuan. Ground deformation of the Tengchong volcanic field from Sentinel-1 InSAR time series[J]. Chinese Journal of Geophysics, 2021, 64(8): 2771-2784.");

            Assert.Equal(new[] { "ZHAO", "WANG", "HE" }, parsed.Authors.Select(a => a.Family).ToArray());
            Assert.Equal(new[] { "Lina", "Teng", "Yuan" }, parsed.Authors.Select(a => a.Given).ToArray());
        }
    }
}
