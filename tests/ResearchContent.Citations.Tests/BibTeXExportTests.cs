using Xunit;

namespace ResearchContent.Citations.Tests
{
    public sealed class BibTeXExportTests
    {
        [Fact]
        public void Writes_an_article_entry_with_every_field()
        {
            var bibtex = Export.ToBibTeX(new[] { ReferencePublications.Wang, ReferencePublications.Xu });

            Assert.Equal(
                "@article{wang2020space,\n"
                + "  author = {Wang, T. and Jiao, L. and Tapponnier, P. and Shi, X. and Wei, S.},\n"
                + "  title = {{Space} imaging geodesy reveals near circular, coseismic block rotation during the 2016 {Mw} 7.8 {Kaikōura} earthquake, {New} {Zealand}},\n"
                + "  journal = {Geophysical Research Letters},\n"
                + "  year = {2020},\n"
                + "  volume = {47},\n"
                + "  eid = {e2020GL090206},\n"
                + "  doi = {10.1029/2020GL090206},\n"
                + "  url = {https://www.doi.org/10.1029/2020GL090206},\n"
                + "}\n"
                + "\n"
                + "@article{xu2021small,\n"
                + "  author = {Xu, A. and Zhao, Y. and Wang, T. and Ren, C. and Yue, H.},\n"
                + "  title = {{Small} {Fractures} {Caused} by the 2019 {Ridgecrest} {Earthquake} {Sequence:} {Insights} {From} {3D} {Coseismic} {Displacement} and {Uniaxial} {Loading} {Rock} {Experiments}},\n"
                + "  journal = {Frontiers in Earth Science},\n"
                + "  year = {2021},\n"
                + "  volume = {9},\n"
                + "  number = {June},\n"
                + "  pages = {1--11},\n"
                + "  doi = {10.3389/feart.2021.672809},\n"
                + "  url = {https://doi.org/10.3389/feart.2021.672809},\n"
                + "}\n",
                bibtex);
        }

        [Theory]
        [InlineData(
            "wang2019insar",
            "@inproceedings{wang2019insar,\n"
            + "  author = {Wang, T. and Shi, X.},\n"
            + "  title = {{InSAR} time series of the {Kaikōura} earthquake},\n"
            + "  booktitle = {{Proceedings} of the {IEEE} {International} {Geoscience} and {Remote} {Sensing} {Symposium}},\n"
            + "  year = {2019},\n"
            + "  pages = {1135--1138},\n"
            + "  doi = {10.1109/IGARSS.2019.8898123},\n"
            + "  url = {https://doi.org/10.1109/IGARSS.2019.8898123},\n"
            + "}\n")]
        [InlineData(
            "tapponnier2018active",
            "@book{tapponnier2018active,\n"
            + "  author = {Tapponnier, P. and Wei, S.},\n"
            + "  title = {{Active} tectonics of {Asia}},\n"
            + "  year = {2018},\n"
            + "  url = {https://example.org/books/active-tectonics},\n"
            + "}\n")]
        [InlineData(
            "wei2020source",
            "@incollection{wei2020source,\n"
            + "  author = {Wei, S. and Wang, T.},\n"
            + "  title = {{Earthquake} source imaging from space},\n"
            + "  booktitle = {{Geodetic} {Imaging} of {Active} {Faults}},\n"
            + "  year = {2020},\n"
            + "  pages = {45--67},\n"
            + "  doi = {10.1007/978-3-030-12345-6_3},\n"
            + "  url = {https://doi.org/10.1007/978-3-030-12345-6_3},\n"
            + "}\n")]
        [InlineData(
            "zhang2022deep",
            "@phdthesis{zhang2022deep,\n"
            + "  author = {Zhang, Q.},\n"
            + "  title = {{Deep} learning for {InSAR} decorrelation masks},\n"
            + "  school = {{Southern University of Science and Technology}},\n"
            + "  year = {2022},\n"
            + "  url = {https://example.org/theses/zhang2022.pdf},\n"
            + "  note = {in Chinese},\n"
            + "}\n")]
        [InlineData(
            "ren2021slip",
            "@techreport{ren2021slip,\n"
            + "  author = {Ren, C. and Yue, H.},\n"
            + "  title = {{Slip} rates of the {Ridgecrest} faults},\n"
            + "  institution = {{U.S. Geological Survey}},\n"
            + "  year = {2021},\n"
            + "  url = {https://example.org/reports/ridgecrest},\n"
            + "}\n")]
        public void Writes_each_kind_as_its_entry_type_with_its_container_field(string key, string expected)
        {
            Assert.Equal(expected, Export.ToBibTeX(new[] { OtherKindPublications.ByKey(key) }));
        }

        [Fact]
        public void A_suffix_takes_the_von_last_jr_first_form_and_the_note_its_own_field()
        {
            var bibtex = Export.ToBibTeX(new[] { OtherKindPublications.SuffixAndNote });

            Assert.StartsWith("@article{anderson2021invited,\n  author = {Anderson, Jr., Robert E. and Wang, T.},\n", bibtex, System.StringComparison.Ordinal);
            Assert.EndsWith("  note = {Invited feature paper},\n}\n", bibtex, System.StringComparison.Ordinal);
        }

        [Fact]
        public void A_whole_book_has_no_container_field_even_when_one_is_set()
        {
            var publication = new Publication
            {
                Key = "book2020",
                Citation = new Citation { Title = "T", Container = "Series & more", Kind = PublicationKind.Book },
            };

            Assert.Equal("@book{book2020,\n  title = {{T}},\n}\n", Export.ToBibTeX(new[] { publication }));
        }

        [Fact]
        public void Escapes_latex_special_characters_and_keeps_unicode()
        {
            var publication = new Publication
            {
                Key = "odd2024",
                Citation = new Citation
                {
                    Authors = ReferencePublications.Authors(("Bürgmann", "R.", false), ("van der Woerd", "J.", false)),
                    Title = @"Slip & strain: 50% of $M_w$ #1 {braced} ~tilde ^caret \back, Kaikōura 凯库拉",
                    Container = "Earth & Space Science",
                    Pages = "1135–54",
                    Url = "https://example.org/a_b%20c#frag",
                },
            };

            var bibtex = Export.ToBibTeX(new[] { publication });

            Assert.Contains(@"author = {Bürgmann, R. and {van der Woerd}, J.},", bibtex, System.StringComparison.Ordinal);
            Assert.Contains(
                @"title = {{Slip} \& strain: 50\% of {\$M\_w\$} \#1 \{braced\} \textasciitilde{}tilde \textasciicircum{}caret \textbackslash{}back, {Kaikōura} 凯库拉},",
                bibtex,
                System.StringComparison.Ordinal);
            Assert.Contains(@"journal = {Earth \& Space Science},", bibtex, System.StringComparison.Ordinal);
            Assert.Contains("pages = {1135--1154},", bibtex, System.StringComparison.Ordinal);
            Assert.Contains("url = {https://example.org/a_b%20c#frag},", bibtex, System.StringComparison.Ordinal);
        }

        [Fact]
        public void Falls_back_to_the_page_title_and_label_year_when_the_citation_was_not_parsed()
        {
            var publication = new Publication
            {
                Key = "unparsed2019",
                Year = 2019,
                Title = new LocalizedText("Page title", null),
                Citation = new Citation { Text = "hello world", Url = "https://example.org/x" },
            };

            Assert.Equal(
                "@article{unparsed2019,\n  title = {{Page} title},\n  year = {2019},\n  url = {https://example.org/x},\n}\n",
                Export.ToBibTeX(new[] { publication }));
        }

        [Fact]
        public void An_author_list_cut_short_by_et_al_ends_in_and_others()
        {
            var publication = new Publication
            {
                Key = "zhang2021many",
                Year = 2021,
                Title = new LocalizedText("Many authors", null),
                Citation = new Citation
                {
                    Text = "Zhang, Q., et al. (2021), Many authors, Journal, 1, 1–2.",
                    Url = "https://example.org/x",
                    Authors = new[] { new Author { Family = "Zhang", Given = "Q." } },
                    AuthorsTruncated = true,
                },
            };

            Assert.Contains("  author = {Zhang, Q. and others},\n", Export.ToBibTeX(new[] { publication }), System.StringComparison.Ordinal);
        }
    }
}
