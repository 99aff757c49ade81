using System.Linq;
using ResearchContent.Generators.Model;
using Xunit;

namespace ResearchContent.Generators.Tests.BibTeX
{
    /// <summary>How an entry's fields become a <see cref="SourcePublication"/>.</summary>
    public sealed class BibTeXMappingTests
    {
        [Theory]
        [InlineData("article", "journal = {Geophysical Research Letters}", "Article")]
        [InlineData("article", "journal = {arXiv preprint arXiv:2305.01234}", "Preprint")]
        [InlineData("article", "eprint = {2305.01234}, archivePrefix = {arXiv}", "Preprint")]
        [InlineData("article", "journal = {\\grl}, eprint = {2001.01234}, archivePrefix = {arXiv}", "Article")]
        [InlineData("inproceedings", "booktitle = {IGARSS}", "Conference")]
        [InlineData("conference", "booktitle = {FRINGE}", "Conference")]
        [InlineData("proceedings", "", "Conference")]
        [InlineData("book", "publisher = {Springer}", "Book")]
        [InlineData("booklet", "", "Book")]
        [InlineData("incollection", "booktitle = {Treatise on Geophysics}", "Chapter")]
        [InlineData("inbook", "chapter = {4}", "Chapter")]
        [InlineData("phdthesis", "school = {Stanford University}", "Thesis")]
        [InlineData("mastersthesis", "school = {Peking University}", "Thesis")]
        [InlineData("thesis", "type = {phdthesis}", "Thesis")]
        [InlineData("techreport", "institution = {USGS}", "Report")]
        [InlineData("report", "", "Report")]
        [InlineData("unpublished", "note = {Under review}", "Preprint")]
        [InlineData("misc", "eprint = {2403.04567}, archivePrefix = {arXiv}", "Preprint")]
        [InlineData("misc", "eprint = {2403.04567}, eprinttype = {arxiv}", "Preprint")]
        [InlineData("misc", "publisher = {arXiv}, number = {arXiv:1412.6980}", "Preprint")]
        [InlineData("online", "doi = {10.48550/arXiv.1412.6980}", "Preprint")]
        [InlineData("misc", "journal = {arXiv e-prints}", "Preprint")]
        [InlineData("misc", "howpublished = {Talk at AGU}", "Other")]
        [InlineData("online", "url = {https://dataspace.copernicus.eu}", "Other")]
        [InlineData("software", "version = {1.4.0}", "Other")]
        [InlineData("dataset", "publisher = {Zenodo}", "Other")]
        [InlineData("patent", "", "Other")]
        public void The_entry_type_gives_the_kind(string type, string fields, string kindName)
        {
            var kind = System.Enum.Parse<Generators.Model.PublicationKind>(kindName);
            var publication = Read($"@{type}{{k, title = {{T}}, year = 2020{(fields.Length > 0 ? ", " + fields : string.Empty)}}}");

            Assert.Equal(kind, publication.Kind);
            Assert.Equal(kind, publication.Citation!.Kind);
        }

        [Theory]
        [InlineData("article", "journal = {J}, booktitle = {B}, school = {S}, publisher = {P}", "J", "J")]
        [InlineData("article", "journaltitle = {Journal Title}", "Journal Title", "Journal Title")]
        [InlineData("inproceedings", "booktitle = {Proc. IGARSS}, publisher = {IEEE}", "Proc. IGARSS", "Proc. IGARSS")]
        [InlineData("phdthesis", "school = {Stanford University}, address = {Stanford, CA}", "Stanford University", "Stanford University")]
        [InlineData("techreport", "institution = {U.S. Geological Survey}", "U.S. Geological Survey", "U.S. Geological Survey")]
        [InlineData("book", "publisher = {Princeton University Press}", "Princeton University Press", null)]
        [InlineData("misc", "publisher = {Zenodo}", null, null)]
        public void The_venue_is_the_journal_else_the_book_title_else_the_school_else_a_book_s_publisher(string type, string fields, string? venue, string? container)
        {
            var publication = Read($"@{type}{{k, author = {{A, B}}, title = {{T}}, year = 2020, {fields}}}");

            Assert.Equal(venue, publication.Venue);
            Assert.Equal(container, publication.Citation!.Container);
        }

        [Fact]
        public void A_publisher_that_is_not_the_venue_stays_a_field()
        {
            var publication = Read("@article{k, title = {T}, year = 2020, journal = {Nature}, publisher = {Nature Publishing Group}}");

            Assert.Equal(new[] { new SourceField("publisher", "Nature Publishing Group") }, publication.Fields);
        }

        [Theory]
        [InlineData("year = 2021", 2021, "2021")]
        [InlineData("year = {2021}, month = mar", 2021, "2021-03")]
        [InlineData("year = {2021}, month = {March}", 2021, "2021-03")]
        [InlineData("year = {2021}, month = {Sept.}", 2021, "2021-09")]
        [InlineData("year = {2021}, month = {10}", 2021, "2021-10")]
        [InlineData("year = \"2018\", month = \"Jan\", day = \"15\"", 2018, "2018-01-15")]
        [InlineData("date = {2021-03-05}", 2021, "2021-03-05")]
        [InlineData("date = {2021-03}", 2021, "2021-03")]
        [InlineData("date = {2024-06-15/2024-06-20}", 2024, "2024-06-15")]
        [InlineData("year = {2018}, date = {2018-09-24}", 2018, "2018-09-24")]
        [InlineData("year = {2021}, day = {5}", 2021, "2021")]
        public void The_date_is_as_precise_as_the_entry(string fields, int year, string date)
        {
            var publication = Read("@article{k, title = {T}, " + fields + "}");

            Assert.Equal(year, publication.Year);
            Assert.Equal(year, publication.Citation!.Year);
            Assert.Equal(date, publication.Date);
        }

        [Fact]
        public void Date_fields_that_do_not_read_as_a_date_stay_fields()
        {
            var publication = Read("@article{k, title = {T}, year = 2021, month = {jan--feb}, day = {32}}");

            Assert.Equal("2021", publication.Date);
            Assert.Equal(new[] { new SourceField("month", "jan–feb"), new SourceField("day", "32") }, publication.Fields);
        }

        [Theory]
        [InlineData("10.1029/2020GL090206", "10.1029/2020GL090206")]
        [InlineData("https://doi.org/10.1029/2020GL090206", "10.1029/2020GL090206")]
        [InlineData("http://dx.doi.org/10.1038/s41467-020-17591-w", "10.1038/s41467-020-17591-w")]
        [InlineData("doi:10.1016/j.rse.2019.111245", "10.1016/j.rse.2019.111245")]
        [InlineData("10.1007/978-3-319-24574-4\\_28", "10.1007/978-3-319-24574-4_28")]
        [InlineData("{10.1016/0031-9201(81)90046-7}", "10.1016/0031-9201(81)90046-7")]
        public void The_DOI_is_bare_and_as_written(string doi, string bare)
        {
            var publication = Read("@article{k, title = {T}, year = 2020, doi = {" + doi + "}}");

            Assert.Equal(bare, publication.Doi);
            Assert.Equal(bare, publication.Citation!.Doi);
        }

        [Fact]
        public void Links_and_identifiers_are_verbatim()
        {
            var publication = Read("@article{k, title = {T}, year = 2020, url = {https://example.org/~wang/a\\_b%20c}, eprint = {2101.00001}}");

            Assert.Equal("https://example.org/~wang/a_b%20c", publication.Url);
            Assert.Equal(new SourceField("eprint", "2101.00001"), publication.Fields.Single());
        }

        [Fact]
        public void The_citation_holds_the_fields_of_a_citation()
        {
            var publication = Read(
                "@article{hamling2017complex,\n"
                + "  author = {Hamling, Ian J and Hreinsd{\\'o}ttir, Sigr{\\'u}n and others},\n"
                + "  title = {Complex multifault rupture during the 2016 {M}$_w$ 7.8 {Kaik\\=oura} earthquake},\n"
                + "  journal = {Science}, volume = {356}, number = {6334}, pages = {eaam7194--eaam7200}, eid = {eaam7194},\n"
                + "  year = {2017}, doi = {10.1126/science.aam7194}, note = {Invited feature paper}\n}");

            var citation = publication.Citation!;
            Assert.Equal(new[] { new ParsedAuthor("Hamling", "Ian J", false), new ParsedAuthor("Hreinsdóttir", "Sigrún", false) }, citation.Authors);
            Assert.True(citation.AuthorsTruncated);
            Assert.Equal(2017, citation.Year);
            Assert.Equal("Complex multifault rupture during the 2016 Mw 7.8 Kaikōura earthquake", citation.Title);
            Assert.Equal(publication.Title, citation.Title);
            Assert.Equal("Science", citation.Container);
            Assert.Equal(("356", "6334", "eaam7194–eaam7200", "eaam7194"), (citation.Volume, citation.Issue, citation.Pages, citation.ArticleNumber));
            Assert.Equal("10.1126/science.aam7194", citation.Doi);
            Assert.Equal(Generators.Model.PublicationKind.Article, citation.Kind);
            Assert.Equal("Invited feature paper", citation.Note);
            Assert.True(citation.IsComplete);
            Assert.Null(publication.CitationText);
            Assert.Empty(publication.Fields);
        }

        [Theory]
        [InlineData("articleno = {112345}", "112345")]
        [InlineData("article-number = {789}", "789")]
        [InlineData("eid = {Q05018}", "Q05018")]
        public void The_article_number_is_read_from_eid_articleno_or_article_number(string field, string number) =>
            Assert.Equal(number, Read("@article{k, title = {T}, year = 2020, " + field + "}").Citation!.ArticleNumber);

        [Fact]
        public void A_report_number_is_no_issue()
        {
            var publication = Read("@techreport{k, title = {T}, year = 2013, institution = {USGS}, number = {2013--1165}, type = {Open-File Report}}");

            Assert.Null(publication.Citation!.Issue);
            Assert.Equal(new[] { new SourceField("number", "2013–1165"), new SourceField("type", "Open-File Report") }, publication.Fields);
        }

        [Theory]
        [InlineData("@article{k, title = {T}, year = 2020, journal = {J}}", new[] { "Authors" })]
        [InlineData("@article{k, author = {A, B}, journal = {J}}", new[] { "Year", "Title" })]
        [InlineData("@article{k, author = {A, B}, title = {T}, year = 2020}", new[] { "Container" })]
        [InlineData("@book{k, author = {A, B}, title = {T}, year = 2020}", new string[0])]
        [InlineData("@misc{k, author = {A, B}, title = {T}, year = 2020}", new[] { "Container" })]
        public void Missing_core_fields_are_named_as_the_citation_reader_names_them(string entry, string[] unparsed) =>
            Assert.Equal(unparsed, Read(entry).Citation!.Unparsed.Select(field => field.ToString()));

        [Fact]
        public void A_preprint_s_container_is_the_archive_it_names()
        {
            var publication = Read("@misc{k, author = {A, B}, title = {T}, year = 2024, eprint = {2403.04567}, archivePrefix = {arXiv}}");

            Assert.Equal("arXiv", publication.Citation!.Container);
            Assert.Null(publication.Venue);
            Assert.True(publication.Citation.IsComplete);
        }

        [Fact]
        public void Al_folio_fields_become_badges_links_and_a_figure()
        {
            var publication = Read(
                "@article{wang2018kaikoura,\n  abbr = {EPSL}, bibtex_show = {true},\n  title = {The 2016 {Kaik\\=oura} earthquake},\n  year = 2018,\n"
                + "  pdf = {wang2018.pdf}, code = {https://github.com/x/y}, slides = {s.pdf}, poster = {p.pdf}, html = {https://h},\n"
                + "  website = {https://w}, video = {https://v}, arxiv = {1801.01234}, supp = {supp.pdf}, blog = {https://b},\n"
                + "  preview = {wang2018.png}, selected = {true}, award = {Editor's highlight}, altmetric = {248277}\n}");

            Assert.Equal("EPSL", publication.Abbreviation);
            Assert.True(publication.Selected);
            Assert.Equal("Editor's highlight", publication.Award);
            Assert.Equal(
                new[]
                {
                    new LinkModel("PDF", "/assets/pdf/wang2018.pdf"), new LinkModel("Code", "https://github.com/x/y"), new LinkModel("Slides", "/assets/pdf/s.pdf"),
                    new LinkModel("Poster", "/assets/pdf/p.pdf"), new LinkModel("HTML", "https://h"), new LinkModel("Website", "https://w"),
                    new LinkModel("Video", "https://v"), new LinkModel("arXiv", "https://arxiv.org/abs/1801.01234"), new LinkModel("Supp", "/assets/pdf/supp.pdf"),
                    new LinkModel("Blog", "https://b"),
                },
                publication.Links);
            Assert.Equal(new[] { new FigureModel("/assets/img/publication_preview/wang2018.png", "The 2016 Kaikōura earthquake", null, null, null, false) }, publication.Figures);
            Assert.Equal(new[] { new SourceField("bibtex_show", "true"), new SourceField("altmetric", "248277") }, publication.Fields);
        }

        [Theory]
        [InlineData("{true}", true)]
        [InlineData("{yes}", true)]
        [InlineData("{True}", true)]
        [InlineData("{false}", false)]
        [InlineData("{no}", false)]
        public void Selected_is_true_or_yes(string value, bool selected)
        {
            var publication = Read("@article{k, title = {T}, year = 2020, selected = " + value + "}");

            Assert.Equal(selected, publication.Selected);
            Assert.Empty(publication.Fields);
        }

        [Fact]
        public void A_selected_value_that_is_no_answer_stays_a_field()
        {
            var publication = Read("@article{k, title = {T}, year = 2020, selected = {maybe}}");

            Assert.False(publication.Selected);
            Assert.Equal(new[] { new SourceField("selected", "maybe") }, publication.Fields);
        }

        [Fact]
        public void Every_other_field_is_kept_in_order_lower_case_and_decoded()
        {
            var publication = Read(
                "@incollection{k, Title = {T}, KEYWORDS = {InSAR; Kahramanmara{\\c{s}}}, year = 2015, editor = {Schubert, Gerald and M{\\\"u}ller, Jan},\n"
                + " booktitle = {Treatise}, Edition = {Second}, pages = {339--385}, address = {Oxford}, isbn = {978-0-444-53803-1}, empty = {}}");

            Assert.Equal(
                new[]
                {
                    new SourceField("keywords", "InSAR; Kahramanmaraş"),
                    new SourceField("editor", "Schubert, Gerald and Müller, Jan"),
                    new SourceField("edition", "Second"),
                    new SourceField("address", "Oxford"),
                    new SourceField("isbn", "978-0-444-53803-1"),
                    new SourceField("empty", string.Empty),
                },
                publication.Fields);
        }

        [Fact]
        public void The_abstract_keeps_its_paragraphs()
        {
            var publication = Read("@article{k, title = {T}, year = 2020, abstract = {We measure {InSAR}\n  time series.\n\n  Over Wuhan, F1 is 0.92.}}");

            Assert.Equal("We measure InSAR time series.\n\nOver Wuhan, F1 is 0.92.", publication.AbstractEn);
        }

        [Fact]
        public void Nothing_a_page_or_a_collection_gives_is_set()
        {
            var publication = Read("@article{k, title = {T}, year = 2020}");

            Assert.Null(publication.Label);
            Assert.Equal(0, publication.Number);
            Assert.Null(publication.DerivedKey);
            Assert.Null(publication.TitleZh);
            Assert.Null(publication.AbstractZh);
            Assert.Null(publication.Permalink);
            Assert.Null(publication.Category);
            Assert.Null(publication.Excerpt);
            Assert.Null(publication.Body);
        }

        private static SourcePublication Read(string entry)
        {
            var file = BibTeXCorpus.Read(entry);
            Assert.DoesNotContain(file.Diagnostics, d => d.Id.StartsWith("RC1", System.StringComparison.Ordinal));
            return Assert.Single(file.Publications);
        }
    }
}
