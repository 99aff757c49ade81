using ResearchContent.Generators.Model;
using ResearchContent.Generators.Primitives;
using Xunit;
using static ResearchContent.Generators.Tests.Collection.CollectionCorpus;

namespace ResearchContent.Generators.Tests.Collection
{
    /// <summary>
    /// The files academicpages ships, and files written the way the template and its markdown generator write them:
    /// every field lands in its property, the HTML of the citation is gone, and the rest is kept as written.
    /// </summary>
    public sealed class TemplateFileTests
    {
        [Fact]
        public void The_templates_first_paper_is_read_field_by_field()
        {
            var file = Read("_publications/2009-10-01-paper-title-number-1.md");
            var paper = Assert.Single(file.Publications);

            Assert.Equal(SourceFormat.Collection, paper.Format);
            Assert.Equal("/site/_publications/2009-10-01-paper-title-number-1.md", paper.FilePath);
            Assert.Equal("_publications/2009-10-01-paper-title-number-1.md", paper.RelativePath);
            Assert.Equal(new RelativeSpan(0, 0, 0, 3), paper.Span);
            Assert.Equal("Paper Title Number 1", paper.Title);
            Assert.Equal("2009-10-01", paper.Date);
            Assert.Equal(2009, paper.Year);
            Assert.Equal("Journal 1", paper.Venue);
            Assert.Equal("Journal Articles", paper.Category);
            Assert.Equal(Model.PublicationKind.Article, paper.Kind);
            Assert.Equal("/publication/2009-10-01-paper-title-number-1", paper.Permalink);
            Assert.Equal("This paper is about the number 1. The number 2 is left for future work.", paper.Excerpt);
            Assert.Equal("http://academicpages.github.io/files/paper1.pdf", paper.Url);
            Assert.Equal(
                new[]
                {
                    "Slides http://academicpages.github.io/files/slides1.pdf",
                    "Paper http://academicpages.github.io/files/paper1.pdf",
                    "BibTeX http://academicpages.github.io/files/bibtex1.bib",
                },
                Links(paper));

            // &quot; is a quotation mark and <i> is italics: the text is what the site shows.
            Assert.Equal("Your Name, You. (2009). \"Paper Title Number 1.\" Journal 1. 1(1).", paper.CitationText);
            Assert.Equal("Paper Title Number 1", paper.Citation!.Title);
            Assert.Equal(2009, paper.Citation.Year);
            Assert.Null(paper.Doi);
            Assert.Null(paper.ExplicitKey);

            // "Your Name, You." is no author list the citation reader accepts; the key takes the page's fallback.
            Assert.Equal("name2009paper", paper.DerivedKey);
            Assert.StartsWith("The contents above will be part of a list of publications,", paper.Body);
            Assert.EndsWith("included below this section in a smaller font.", paper.Body);
            Assert.Empty(paper.Fields);
            Assert.Equal(new RelativeSpan(1, 7, 1, 29), Location(paper, "title"));
            Assert.Equal(new RelativeSpan(6, 6, 6, 16), Location(paper, "year"));
            Assert.Equal(new RelativeSpan(7, 7, 7, 18), Location(paper, "venue"));
            Assert.Equal(new RelativeSpan(11, 10, 11, 93), Location(paper, "authors"));
            Assert.Null(Location(paper, "doi"));
            Assert.Equal(new[] { "RC2203 (11,10)-(11,93)" }, Describe(file.Diagnostics));
            Assert.Equal(new[] { "Paper Title Number 1", "authors" }, file.Diagnostics[0].Arguments);
        }

        [Fact]
        public void The_category_decides_the_kind_over_the_citation()
        {
            // The template files number 3 under "conferences" while its citation reads as a journal's.
            var paper = Publication("_publications/2015-10-01-paper-title-number-3.md");

            Assert.Equal(Model.PublicationKind.Conference, paper.Kind);
            Assert.Equal(Model.PublicationKind.Article, paper.Citation!.Kind);
            Assert.Equal("Conference Papers", paper.Category);
            Assert.Equal(new[] { "Slides http://academicpages.github.io/files/slides3.pdf", "Paper http://academicpages.github.io/files/paper3.pdf" }, Links(paper));
        }

        [Fact]
        public void A_file_of_the_markdown_generator_keeps_its_author_year_and_links_fields()
        {
            // pubsFromBib.py writes a leading space and double spaces into the citation, and 'year', 'author' and
            // 'links' fields the templates do not show.
            var paper = Clean("_publications/2019-01-01-Tracking-Slow-Slip-with-Sentinel-1.md");

            Assert.Equal("Mei Lin, Tao Wang, Xu Shi, \"Tracking Slow Slip with Sentinel-1.\" Geophysical Research Letters, 2019.", paper.CitationText);
            Assert.Equal(new[] { "Lin, Mei", "Wang, Tao", "Shi, Xu" }, Authors(paper.Citation));
            Assert.Equal("Tracking Slow Slip with Sentinel-1", paper.Citation!.Title);
            Assert.Equal("Geophysical Research Letters", paper.Citation.Container);
            Assert.Equal("10.1029/2018GL081234", paper.Doi);
            Assert.Equal(new RelativeSpan(8, 10, 8, 48), Location(paper, "doi"));
            Assert.Null(paper.Category);
            Assert.Equal(Model.PublicationKind.Article, paper.Kind);
            Assert.Equal("lin2019tracking", paper.DerivedKey);
            Assert.Null(paper.Body);
            Assert.Equal(
                new[]
                {
                    "year=2019",
                    "author=Mei Lin,  Tao Wang,  Xu Shi",
                    "links=<a href=\"https://meilin-geodesy.github.io/files/paper/lin2019tracking.pdf\" download target=\"_blank\">pdf</a>, "
                        + "<a href=\"https://meilin-geodesy.github.io/files/bib/lin2019tracking.bib\" download target=\"_blank\">bib</a>",
                },
                Fields(paper));
        }

        [Fact]
        public void An_apa_article_with_a_folded_excerpt_an_empty_slides_link_and_a_markdown_body()
        {
            var paper = Clean("_publications/2018-03-15-insar-tropospheric-correction.md");

            Assert.Equal("Correcting Tropospheric Delays in InSAR Time Series with GNSS and ERA5", paper.Title);
            Assert.Equal(
                "We combine GNSS zenith delays with ERA5 reanalysis to correct the tropospheric phase of Sentinel-1 time series, "
                + "reducing the residual scatter by 40% over the Tibetan Plateau.",
                paper.Excerpt);
            Assert.Equal(
                "Lin, M., Wang, T., & Shi, X. (2018). Correcting tropospheric delays in InSAR time series with GNSS and ERA5. "
                + "Remote Sensing of Environment, 210, 217–231. https://doi.org/10.1016/j.rse.2018.03.012",
                paper.CitationText);
            Assert.Equal(new[] { "Lin, M.", "Wang, T.", "Shi, X." }, Authors(paper.Citation));
            Assert.Equal("Remote Sensing of Environment", paper.Citation!.Container);
            Assert.Equal("210", paper.Citation.Volume);
            Assert.Equal("217–231", paper.Citation.Pages);

            // slidesurl: '' is the template's way of saying there are no slides.
            Assert.Equal(new[] { "Paper https://doi.org/10.1016/j.rse.2018.03.012", "BibTeX /files/bibtex/lin2018correcting.bib" }, Links(paper));
            Assert.Equal("10.1016/j.rse.2018.03.012", paper.Doi);
            Assert.Equal(new RelativeSpan(12, 10, 12, 53), Location(paper, "doi"));
            Assert.Equal("lin2018correcting", paper.DerivedKey);
            Assert.Equal(
                "**Abstract.** Tropospheric delays remain the largest error source in InSAR time series. We compare\n"
                + "GNSS-based and ERA5-based corrections at 312 stations.\n\n[Download paper here](https://doi.org/10.1016/j.rse.2018.03.012)",
                paper.Body);
            Assert.Empty(paper.Fields);
        }

        [Fact]
        public void An_ieee_conference_paper_with_a_quoted_date_extra_links_and_html_in_its_excerpt()
        {
            var paper = Clean("_publications/2019-06-16-learning-to-unwrap.md");

            Assert.Equal("2019-06-16", paper.Date);
            Assert.Equal(new RelativeSpan(6, 6, 6, 18), Location(paper, "year"));
            Assert.Equal(Model.PublicationKind.Conference, paper.Kind);
            Assert.Equal("A graph-cut unwrapper whose costs are learned from 40,000 simulated interferograms.", paper.Excerpt);
            Assert.Equal(new[] { "Lin, M.", "Smith, J.", "Zhang, W." }, Authors(paper.Citation));
            Assert.Equal("Learning to unwrap interferograms with graph cuts", paper.Citation!.Title);
            Assert.Equal("Proc. IEEE/CVF Conf. Comput. Vis. Pattern Recognit. (CVPR)", paper.Citation.Container);
            Assert.Equal("1234–1243", paper.Citation.Pages);
            Assert.Equal(Model.PublicationKind.Conference, paper.Citation.Kind);
            Assert.Equal(
                new[]
                {
                    "Paper https://openaccess.thecvf.com/content_CVPR_2019/papers/Lin_Learning_to_Unwrap_CVPR_2019_paper.pdf",
                    "Code https://github.com/meilin-geodesy/graphcut-unwrap",
                    "Poster /files/posters/cvpr2019_poster.pdf",
                    "Video https://www.youtube.com/watch?v=abcdEFGhijk",
                },
                Links(paper));
            Assert.Equal("lin2019learning", paper.DerivedKey);
        }

        [Fact]
        public void A_chicago_article_with_a_year_and_month_date_a_doi_field_and_tags()
        {
            var paper = Clean("_publications/2020-wenchuan-postseismic.md");

            Assert.Equal("Postseismic Deformation of the 2008 Wenchuan Earthquake Revisited", paper.Title);
            Assert.Equal("2020-11", paper.Date);
            Assert.Equal(2020, paper.Year);
            Assert.Equal(new RelativeSpan(5, 6, 5, 13), Location(paper, "year"));
            Assert.Equal("Journal of Geophysical Research: Solid Earth", paper.Venue);
            Assert.Equal("10.1029/2020JB019876", paper.Doi);
            Assert.Equal(new RelativeSpan(7, 5, 7, 25), Location(paper, "doi"));
            Assert.Equal(new[] { "Lin, Mei", "Wang, Tao", "Zhang, Qi" }, Authors(paper.Citation));
            Assert.Equal("Journal of Geophysical Research: Solid Earth", paper.Citation!.Container);
            Assert.Equal("125", paper.Citation.Volume);
            Assert.Equal("11", paper.Citation.Issue);
            Assert.Equal("e2020JB019876", paper.Citation.ArticleNumber);
            Assert.Equal(new[] { "tags=InSAR, postseismic, Wenchuan" }, Fields(paper));
            Assert.Equal("/publication/2020-wenchuan-postseismic", paper.Permalink);
        }

        [Fact]
        public void Unquoted_values_and_a_date_with_one_digit_months_and_days()
        {
            var paper = Clean("_publications/2020-8-20-tibet-gnss-network.md");

            Assert.Equal("2020-08-20", paper.Date);
            Assert.Equal("Journal of Geodesy", paper.Venue);
            Assert.Equal("Mei Lin, Tao Wang and Qi Zhang. A dense GNSS network for the Tibetan Plateau. Journal of Geodesy, 94(8), 2020.", paper.CitationText);
            Assert.Equal(new[] { "Lin, Mei", "Wang, Tao", "Zhang, Qi" }, Authors(paper.Citation));
            Assert.Equal("Journal of Geodesy", paper.Citation!.Container);
            Assert.Equal("94", paper.Citation.Volume);
            Assert.Equal("8", paper.Citation.Issue);
            Assert.Null(paper.Permalink);
            Assert.Equal(new[] { "pubtype=journal" }, Fields(paper));
            Assert.Equal("lin2020dense", paper.DerivedKey);
        }
    }
}
