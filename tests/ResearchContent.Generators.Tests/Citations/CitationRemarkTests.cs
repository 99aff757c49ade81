using ResearchContent.Generators.Model;
using ResearchContent.Generators.Sources.Citations;
using Xunit;

namespace ResearchContent.Generators.Tests.Citations
{
    /// <summary>Citations whose title stands alone once a remark (a preprint server, a status) is taken out, and separators left over.</summary>
    public sealed class CitationRemarkTests
    {
        [Fact]
        public void A_preprint_keeps_its_title_when_the_server_is_taken_out()
        {
            var parsed = CitationParser.Parse("Li, H., & Chen, W. (2021). Swin-InSAR: windowed attention for interferogram denoising. arXiv preprint arXiv:2108.01234.");

            Assert.Equal("Swin-InSAR: windowed attention for interferogram denoising", parsed.Title);
            Assert.Equal("arXiv preprint", parsed.Container);
            Assert.Equal("arXiv:2108.01234", parsed.ArticleNumber);
        }

        [Fact]
        public void A_paper_under_review_keeps_its_title_and_its_status_as_printed()
        {
            var parsed = CitationParser.Parse("Sun, J., Wang, T. Co-seismic slip of the 2025 Dingri earthquake from ascending and descending InSAR. under review.");

            Assert.Equal("Co-seismic slip of the 2025 Dingri earthquake from ascending and descending InSAR", parsed.Title);
            Assert.Null(parsed.Container);
            Assert.Equal("under review", parsed.Note);
        }

        [Fact]
        public void A_status_printed_twice_is_one_note()
        {
            var parsed = CitationParser.Parse("Ma, K., Wang, T. (2025, accepted). Mapping rock glaciers with coherence. Remote Sensing of Environment. Accepted.");

            Assert.Equal("accepted", parsed.Note, ignoreCase: true);
        }

        [Fact]
        public void A_book_dated_between_its_name_and_its_pages_gives_the_year()
        {
            var parsed = CitationParser.Parse("Ferretti A, Prati C. Permanent scatterers in SAR interferometry. InRadar Interferometry and its Applications 2001 (pp. 41-52). Springer.");

            Assert.Equal(2001, parsed.Year);
            Assert.Equal("Radar Interferometry and its Applications", parsed.Container);
            Assert.Equal("41-52", parsed.Pages);
            Assert.Equal(ResearchContent.Generators.Model.PublicationKind.Chapter, parsed.Kind);
        }

        [Fact]
        public void A_dash_between_authors_and_title_and_Springers_In_colon_are_separators()
        {
            var dashed = CitationParser.Parse("Hu J.; Li Z. - Resolving three-dimensional surface displacements from InSAR | Earth-Sci. Rev. | 2014 | 133: 1-17");
            var springer = CitationParser.Parse("Bürgmann R. (2000) Synthetic aperture radar interferometry to measure Earth's surface topography. In: Reviews of Geophysics 38:441–500");

            Assert.Equal("Resolving three-dimensional surface displacements from InSAR", dashed.Title);
            Assert.Equal("Reviews of Geophysics", springer.Container);
        }

        [Fact]
        public void One_spaced_em_dash_belongs_to_the_title_and_lowercase_initials_after_a_hyphen_are_initials()
        {
            var parsed = CitationParser.Parse("Lee, H.-j., & Park, S.-e. (2019). SAR tomography — a review of methods and applications. Remote Sensing, 11(4), 401.");

            Assert.Equal(new[] { "Lee, H.-j.", "Park, S.-e." }, System.Linq.Enumerable.Select(parsed.Authors, a => a.Family + ", " + a.Given));
            Assert.Equal("SAR tomography — a review of methods and applications", parsed.Title);
            Assert.Equal("Remote Sensing", parsed.Container);
        }

        [Fact]
        public void An_MLA_chapter_leaves_its_imprint_and_series_volume_out_of_the_book()
        {
            var parsed = CitationParser.Parse("Rosen, Paul A., et al. \"Synthetic aperture radar interferometry.\" Remote Sensing Handbook. Vol. 1. CRC Press, 2015. 109-140.");

            Assert.Equal("Synthetic aperture radar interferometry", parsed.Title);
            Assert.Equal("Remote Sensing Handbook", parsed.Container);
            Assert.Equal(("109-140", 2015), (parsed.Pages, parsed.Year));
            Assert.Equal(ResearchContent.Generators.Model.PublicationKind.Chapter, parsed.Kind);
        }

        [Fact]
        public void MDPIs_proceedings_date_gives_the_year_and_leaves_the_name()
        {
            var parsed = CitationParser.Parse("Wang, T.; Liu, R. Phase Unwrapping with Graph Cuts. In Proceedings of the 2019 IEEE International Geoscience and Remote Sensing Symposium, Yokohama, Japan, 28 July–2 August 2019; pp. 512–515.");

            Assert.Equal(2019, parsed.Year);
            Assert.Equal("Proceedings of the 2019 IEEE International Geoscience and Remote Sensing Symposium", parsed.Container);
            Assert.Equal("512–515", parsed.Pages);
        }

        [Fact]
        public void A_data_set_is_read_as_a_report_of_its_repository()
        {
            var parsed = CitationParser.Parse("Liu, R., and Wang, T. (2024). Sentinel-1 interferograms of the Tibetan Plateau, 2015–2023 [Dataset]. Zenodo. doi:10.5281/zenodo.1234567");

            Assert.Equal("Sentinel-1 interferograms of the Tibetan Plateau, 2015–2023", parsed.Title);
            Assert.Equal("Zenodo", parsed.Container);
            Assert.Equal(ResearchContent.Generators.Model.PublicationKind.Report, parsed.Kind);
        }

        [Fact]
        public void Pipes_without_spaces_and_spaces_before_punctuation_are_field_separators()
        {
            var piped = CitationParser.Parse("Shi X;Wang T;Zhang Q|2022|Aftershock detection with deep learning|Geophysical Research Letters|49:e2022GL098765");
            var spaced = CitationParser.Parse("Gong, J., Wang, T. & Li, Z.  Fault geometry of the 2021 Maduo earthquake ,Tectonophysics, 2023 ;851 :229763");

            Assert.Equal(("Aftershock detection with deep learning", "Geophysical Research Letters"), (piped.Title, piped.Container));
            Assert.Equal(("Fault geometry of the 2021 Maduo earthquake", "Tectonophysics", "851"), (spaced.Title, spaced.Container, spaced.Volume));
        }

        [Fact]
        public void GB_T_data_sets_and_preprints_keep_their_kind_and_identifier()
        {
            var dataset = CitationParser.Parse("LIU R, WANG T. Coseismic interferograms of the 2023 Türkiye earthquakes[DS/OL]. Zenodo, 2023[2024-02-01]. https://doi.org/10.5281/zenodo.7654321.");
            var preprint = CitationParser.Parse("HE K, CHEN X, XIE S, et al. Masked autoencoders are scalable vision learners[J]. arXiv preprint arXiv:2111.06377, 2021.");

            Assert.Equal(ResearchContent.Generators.Model.PublicationKind.Report, dataset.Kind);
            Assert.Equal("Coseismic interferograms of the 2023 Türkiye earthquakes", dataset.Title);
            Assert.Equal(("arXiv preprint", "arXiv:2111.06377", 2021), (preprint.Container, preprint.ArticleNumber, preprint.Year));
        }
    }
}
