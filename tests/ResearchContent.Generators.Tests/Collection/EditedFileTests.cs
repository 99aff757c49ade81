using ResearchContent.Generators.Primitives;
using ResearchContent.Generators.Sources.Collection;
using Xunit;
using static ResearchContent.Generators.Tests.Collection.CollectionCorpus;

namespace ResearchContent.Generators.Tests.Collection
{
    /// <summary>
    /// Files as years of editing leave them: theses and chapters, a Chinese paper, authors typed into the excerpt or
    /// an <c>authors</c> field, a paper filed outside <c>_publications/</c>, and a draft Jekyll does not publish.
    /// </summary>
    public sealed class EditedFileTests
    {
        [Fact]
        public void A_chapter_filed_under_books_stays_a_chapter_and_its_literal_excerpt_keeps_its_paragraphs()
        {
            var paper = Clean("_publications/2021-05-01-insar-earthquake-geodesy-chapter.md");

            Assert.Equal(Model.PublicationKind.Chapter, paper.Kind);
            Assert.Equal("Books", paper.Category);

            // The time and zone Jekyll's post template writes are no part of the date.
            Assert.Equal("2021-05-01", paper.Date);
            Assert.Equal(new RelativeSpan(10, 6, 10, 31), Location(paper, "year"));
            Assert.Equal(
                "A chapter for graduate students: how interferograms measure coseismic deformation, and where they fail.\n\n"
                + "Includes worked examples from the 2015 Gorkha and 2016 Kaikoura earthquakes.",
                paper.Excerpt);
            Assert.Equal("Remote Sensing of Natural Hazards", paper.Citation!.Container);
            Assert.Equal("45–78", paper.Citation.Pages);
            Assert.Null(paper.Url);
            Assert.Empty(paper.Links);
        }

        [Fact]
        public void Theses_read_with_a_year_alone_as_their_date()
        {
            var phd = Clean("_publications/2021-phd-thesis.md");
            Assert.Equal("2021", phd.Date);
            Assert.Equal(2021, phd.Year);
            Assert.Equal(new RelativeSpan(5, 6, 5, 10), Location(phd, "year"));
            Assert.Equal(Model.PublicationKind.Thesis, phd.Kind);
            Assert.Equal("Theses", phd.Category);
            Assert.Equal("Wuhan University", phd.Citation!.Container);
            Assert.Equal("/files/lin2021_phd_thesis.pdf", phd.Url);
            Assert.Equal("PhD thesis, supervised by Prof. Tao Wang.", phd.Body);

            // APA 7's "[Master's thesis, University]" names the university in the thesis's label: the container, no RC2203.
            var file = Read("_publications/2016-06-30-msc-thesis.md");
            var msc = Assert.Single(file.Publications);
            Assert.Equal(Model.PublicationKind.Thesis, msc.Kind);
            Assert.Equal("Lin, M. (2016). Atmospheric delay correction for Sentinel-1 interferometry [Master's thesis, Wuhan University].", msc.CitationText);
            Assert.Equal("lin2016atmospheric", msc.DerivedKey);
            Assert.Null(msc.Body);
            Assert.Equal("Wuhan University", msc.Citation!.Container);
            Assert.Empty(file.Diagnostics);
        }

        [Fact]
        public void A_chinese_paper_keeps_its_title_venue_and_excerpt_and_takes_its_doi_from_the_citation()
        {
            var paper = Clean("_publications/2022-01-15-deep-learning-decorrelation.md");

            Assert.Equal("基于深度学习的InSAR失相干掩膜生成方法", paper.Title);
            Assert.Null(paper.TitleZh);
            Assert.Equal("测绘学报", paper.Venue);

            // YAML folds the line break of a quoted value into a space, Chinese or not; the site shows the same.
            Assert.Equal("提出一种基于深度学习的失相干掩膜生成方法， 在武汉地区的Sentinel-1数据上验证。", paper.Excerpt);
            Assert.Equal(new[] { "林, 梅", "王, 腾", "张, 琪" }, Authors(paper.Citation));
            Assert.Equal("测绘学报", paper.Citation!.Container);
            Assert.Equal("51", paper.Citation.Volume);
            Assert.Equal("3", paper.Citation.Issue);
            Assert.Equal("345-356", paper.Citation.Pages);
            Assert.Equal("10.11947/j.AGCS.2022.20210123", paper.Doi);
            Assert.Equal(new RelativeSpan(10, 10, 10, 113), Location(paper, "doi"));

            // A family name in Chinese characters folds to nothing: the title's first word stands in, as on the page.
            Assert.Equal("insar2022", paper.DerivedKey);
        }

        [Fact]
        public void Authors_typed_into_the_excerpt_give_the_key_when_there_is_no_citation()
        {
            var paper = Clean("_publications/2022-07-10-maduo-agu.md");

            Assert.Null(paper.Citation);
            Assert.Null(paper.CitationText);
            Assert.Equal("Mei Lin, John Smith, and Wei Zhang", paper.Excerpt);
            Assert.Equal("lin2022rapid", paper.DerivedKey);
            Assert.Equal(new RelativeSpan(5, 9, 5, 45), Location(paper, "authors"));
            Assert.Equal(Model.PublicationKind.Conference, paper.Kind);
            Assert.Equal("AGU Fall Meeting 2022, Chicago, IL", paper.Venue);
            Assert.Equal("Poster presented at AGU Fall Meeting 2022, session G023.", paper.Body);
        }

        [Fact]
        public void An_authors_field_and_a_key_set_by_hand_in_a_file_without_category_or_permalink()
        {
            var paper = Clean("_publications/2023-03-02-sentinel1-burst-velocities.md");

            Assert.Equal("lin2023bursts", paper.ExplicitKey);
            Assert.Equal("lin2023sub", paper.DerivedKey);
            Assert.Null(paper.Category);
            Assert.Null(paper.Permalink);
            Assert.Equal(Model.PublicationKind.Article, paper.Kind);
            Assert.Equal(new[] { "Lin, Mei", "Wang, Tao", "Zhang, Qi" }, Authors(paper.Citation));
            Assert.Equal("285", paper.Citation!.Volume);
            Assert.Equal("113402", paper.Citation.ArticleNumber);
            Assert.Equal("10.1016/j.rse.2023.113402", paper.Doi);
            Assert.Equal(new[] { "authors=Mei Lin*, Tao Wang, Qi Zhang", "pubtype=journal", "tags=InSAR, Sentinel-1, velocity" }, Fields(paper));
        }

        [Fact]
        public void A_citation_without_authors_takes_them_from_the_authors_list()
        {
            var paper = Clean("_publications/2023-09-05-foundation-models-preprint.md");

            Assert.Empty(paper.Citation!.Authors);
            Assert.Equal("lin2023foundation", paper.DerivedKey);
            Assert.Equal(new RelativeSpan(5, 9, 5, 28), Location(paper, "authors"));
            Assert.Equal(Model.PublicationKind.Preprint, paper.Kind);
            Assert.Equal("Preprints & Working Papers", paper.Category);
            Assert.Equal("2023-09-05", paper.Date);
            Assert.Equal(new[] { "authors=Mei Lin, Tao Wang" }, Fields(paper));
        }

        [Fact]
        public void The_later_of_two_paper_links_is_the_one_used_as_jekyll_uses_it()
        {
            var file = Read("_publications/2024-02-17-kahramanmaras-ruptures.md");
            var paper = Assert.Single(file.Publications);

            Assert.Equal("https://doi.org/10.1038/s41467-024-45678-9", paper.Url);
            Assert.Equal(new[] { "Paper https://doi.org/10.1038/s41467-024-45678-9", "Slides /files/slides/kahramanmaras_agu2023.pdf" }, Links(paper));
            Assert.Equal("10.1038/s41467-024-45678-9", paper.Doi);
            Assert.Equal("Surface Ruptures of the 2023 Mw 7.8 Kahramanmaraş Earthquake from Optical and Radar Images", paper.Title);
            Assert.Equal("lin2024surface", paper.DerivedKey);
            Assert.Equal(new[] { "RC2206 (10,0)-(10,8)" }, Describe(file.Diagnostics));
        }

        [Fact]
        public void A_paper_filed_in_pages_declares_the_collection_and_reads_like_any_other()
        {
            const string Path = "_pages/2019-04-01-misplaced-paper.md";
            Assert.False(CollectionFile.IsCollectionPath(Path));
            Assert.True(CollectionFile.DeclaresCollection(Text(Path)));

            var paper = Clean(Path);
            Assert.Equal("Slip Distribution of the 2017 Jiuzhaigou Earthquake", paper.Title);
            Assert.Equal("Lin, M.; Wang, T.; Shi, X. Slip Distribution of the 2017 Jiuzhaigou Earthquake. Remote Sens. 2019, 11, 782.", paper.CitationText);
            Assert.Equal(new[] { "Lin, M.", "Wang, T.", "Shi, X." }, Authors(paper.Citation));
            Assert.Equal("Remote Sens.", paper.Citation!.Container);
            Assert.Equal("782", paper.Citation.ArticleNumber);
            Assert.Equal("Journal Articles", paper.Category);
            Assert.Equal("lin2019slip", paper.DerivedKey);
        }

        [Fact]
        public void A_draft_marked_published_false_is_left_out_as_jekyll_leaves_it_out()
        {
            var file = Read("_publications/2023-12-01-draft-landslides.md");

            Assert.Empty(file.Publications);
            Assert.Empty(file.Diagnostics);
        }

        [Fact]
        public void Files_with_errors_still_state_what_they_can()
        {
            // The merge decides what an error keeps out of the catalog; the reader says what is written.
            var untitled = Publication("_publications/2022-10-01-maduo-postseismic.md");
            Assert.Null(untitled.Title);
            Assert.Equal("Afterslip and viscoelastic relaxation following the 2021 Maduo earthquake", untitled.Citation!.Title);
            Assert.Equal("lin2022", untitled.DerivedKey);
            Assert.Null(Location(untitled, "title"));

            var badKey = Publication("_publications/2020-03-03-gnss-seasonal-signals.md");
            Assert.Null(badKey.ExplicitKey);
            Assert.Equal("lin2020seasonal", badKey.DerivedKey);
            Assert.Empty(badKey.Fields);
        }
    }
}
