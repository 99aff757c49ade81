using System.Linq;
using Xunit;

namespace ResearchContent.Citations.Tests
{
    public sealed class FormatTests
    {
        [Fact]
        public void Agu_reproduces_the_page_citation_it_was_parsed_from()
        {
            Assert.Equal(ReferenceCitations.ZhangAgu, Export.Format(ReferencePublications.Zhang, CitationStyle.Agu));
        }

        [Theory]
        [InlineData(CitationStyle.Apa, "Wang, T., Jiao, L., Tapponnier, P., Shi, X., & Wei, S. (2020). Space imaging geodesy reveals near circular, coseismic block rotation during the 2016 Mw 7.8 Kaikōura earthquake, New Zealand. Geophysical Research Letters, 47, e2020GL090206. https://doi.org/10.1029/2020GL090206")]
        [InlineData(CitationStyle.Agu, "Wang, T., L. Jiao, P. Tapponnier, X. Shi, and S. Wei (2020), Space imaging geodesy reveals near circular, coseismic block rotation during the 2016 Mw 7.8 Kaikōura earthquake, New Zealand, Geophysical Research Letters, 47, e2020GL090206, doi:10.1029/2020GL090206.")]
        [InlineData(CitationStyle.Ieee, "T. Wang, L. Jiao, P. Tapponnier, X. Shi, and S. Wei, \"Space imaging geodesy reveals near circular, coseismic block rotation during the 2016 Mw 7.8 Kaikōura earthquake, New Zealand,\" Geophysical Research Letters, vol. 47, Art. no. e2020GL090206, 2020, doi: 10.1029/2020GL090206.")]
        public void Formats_an_article_number_publication(CitationStyle style, string expected)
        {
            Assert.Equal(expected, Export.Format(ReferencePublications.Wang, style));
        }

        [Theory]
        [InlineData(CitationStyle.Apa, "Xu, A., Zhao, Y., Wang, T., Ren, C., &amp; Yue, H. (2021). Small Fractures Caused by the 2019 Ridgecrest Earthquake Sequence: Insights From 3D Coseismic Displacement and Uniaxial Loading Rock Experiments. <i>Frontiers in Earth Science</i>, <i>9</i>(June), 1–11. <a href=\"https://doi.org/10.3389/feart.2021.672809\">https://doi.org/10.3389/feart.2021.672809</a>")]
        [InlineData(CitationStyle.Agu, "Xu, A., Y. Zhao, T. Wang, C. Ren, and H. Yue (2021), Small Fractures Caused by the 2019 Ridgecrest Earthquake Sequence: Insights From 3D Coseismic Displacement and Uniaxial Loading Rock Experiments, <i>Frontiers in Earth Science</i>, 9(June), 1–11, doi:10.3389/feart.2021.672809.")]
        [InlineData(CitationStyle.Ieee, "A. Xu, Y. Zhao, T. Wang, C. Ren, and H. Yue, &quot;Small Fractures Caused by the 2019 Ridgecrest Earthquake Sequence: Insights From 3D Coseismic Displacement and Uniaxial Loading Rock Experiments,&quot; <i>Frontiers in Earth Science</i>, vol. 9, no. June, pp. 1–11, 2021, doi: 10.3389/feart.2021.672809.")]
        public void Formats_html_with_the_italics_each_style_requires(CitationStyle style, string expected)
        {
            Assert.Equal(expected, Export.FormatHtml(ReferencePublications.Xu, style));
        }

        [Theory]
        [InlineData("wang2019insar", CitationStyle.Apa, "Wang, T., & Shi, X. (2019). InSAR time series of the Kaikōura earthquake. In Proceedings of the IEEE International Geoscience and Remote Sensing Symposium (pp. 1135–1138). https://doi.org/10.1109/IGARSS.2019.8898123")]
        [InlineData("wang2019insar", CitationStyle.Agu, "Wang, T., and X. Shi (2019), InSAR time series of the Kaikōura earthquake, in Proceedings of the IEEE International Geoscience and Remote Sensing Symposium, pp. 1135–1138, doi:10.1109/IGARSS.2019.8898123.")]
        [InlineData("wang2019insar", CitationStyle.Ieee, "T. Wang and X. Shi, \"InSAR time series of the Kaikōura earthquake,\" in Proceedings of the IEEE International Geoscience and Remote Sensing Symposium, 2019, pp. 1135–1138, doi: 10.1109/IGARSS.2019.8898123.")]
        [InlineData("tapponnier2018active", CitationStyle.Apa, "Tapponnier, P., & Wei, S. (2018). Active tectonics of Asia. https://example.org/books/active-tectonics")]
        [InlineData("tapponnier2018active", CitationStyle.Agu, "Tapponnier, P., and S. Wei (2018), Active tectonics of Asia.")]
        [InlineData("tapponnier2018active", CitationStyle.Ieee, "P. Tapponnier and S. Wei, Active tectonics of Asia, 2018.")]
        [InlineData("wei2020source", CitationStyle.Apa, "Wei, S., & Wang, T. (2020). Earthquake source imaging from space. In Geodetic Imaging of Active Faults (pp. 45–67). https://doi.org/10.1007/978-3-030-12345-6_3")]
        [InlineData("wei2020source", CitationStyle.Agu, "Wei, S., and T. Wang (2020), Earthquake source imaging from space, in Geodetic Imaging of Active Faults, pp. 45–67, doi:10.1007/978-3-030-12345-6_3.")]
        [InlineData("wei2020source", CitationStyle.Ieee, "S. Wei and T. Wang, \"Earthquake source imaging from space,\" in Geodetic Imaging of Active Faults, 2020, pp. 45–67, doi: 10.1007/978-3-030-12345-6_3.")]
        [InlineData("zhang2022deep", CitationStyle.Apa, "Zhang, Q. (2022). Deep learning for InSAR decorrelation masks [Doctoral dissertation, Southern University of Science and Technology]. https://example.org/theses/zhang2022.pdf")]
        [InlineData("zhang2022deep", CitationStyle.Agu, "Zhang, Q. (2022), Deep learning for InSAR decorrelation masks, Ph.D. thesis, Southern University of Science and Technology.")]
        [InlineData("zhang2022deep", CitationStyle.Ieee, "Q. Zhang, \"Deep learning for InSAR decorrelation masks,\" Ph.D. dissertation, Southern University of Science and Technology, 2022.")]
        [InlineData("ren2021slip", CitationStyle.Apa, "Ren, C., & Yue, H. (2021). Slip rates of the Ridgecrest faults. U.S. Geological Survey. https://example.org/reports/ridgecrest")]
        [InlineData("ren2021slip", CitationStyle.Agu, "Ren, C., and H. Yue (2021), Slip rates of the Ridgecrest faults, Tech. Rep., U.S. Geological Survey.")]
        [InlineData("ren2021slip", CitationStyle.Ieee, "C. Ren and H. Yue, \"Slip rates of the Ridgecrest faults,\" U.S. Geological Survey, Tech. Rep., 2021.")]
        public void Formats_each_kind_in_the_shape_each_style_gives_it(string key, CitationStyle style, string expected)
        {
            Assert.Equal(expected, Export.Format(OtherKindPublications.ByKey(key), style));
        }

        [Theory]
        [InlineData("wang2019insar", CitationStyle.Apa, "Wang, T., &amp; Shi, X. (2019). InSAR time series of the Kaikōura earthquake. In <i>Proceedings of the IEEE International Geoscience and Remote Sensing Symposium</i> (pp. 1135–1138). <a href=\"https://doi.org/10.1109/IGARSS.2019.8898123\">https://doi.org/10.1109/IGARSS.2019.8898123</a>")]
        [InlineData("tapponnier2018active", CitationStyle.Ieee, "P. Tapponnier and S. Wei, <i>Active tectonics of Asia</i>, 2018.")]
        [InlineData("wei2020source", CitationStyle.Agu, "Wei, S., and T. Wang (2020), Earthquake source imaging from space, in <i>Geodetic Imaging of Active Faults</i>, pp. 45–67, doi:10.1007/978-3-030-12345-6_3.")]
        [InlineData("zhang2022deep", CitationStyle.Apa, "Zhang, Q. (2022). <i>Deep learning for InSAR decorrelation masks</i> [Doctoral dissertation, Southern University of Science and Technology]. <a href=\"https://example.org/theses/zhang2022.pdf\">https://example.org/theses/zhang2022.pdf</a>")]
        [InlineData("ren2021slip", CitationStyle.Apa, "Ren, C., &amp; Yue, H. (2021). <i>Slip rates of the Ridgecrest faults</i>. U.S. Geological Survey. <a href=\"https://example.org/reports/ridgecrest\">https://example.org/reports/ridgecrest</a>")]
        public void Html_italicizes_the_proceedings_book_or_own_title_as_the_style_requires(string key, CitationStyle style, string expected)
        {
            Assert.Equal(expected, Export.FormatHtml(OtherKindPublications.ByKey(key), style));
        }

        [Theory]
        [InlineData(CitationStyle.Apa, "Anderson, R. E., Jr., & Wang, T. (2021). Fault zones seen from space. Geophysical Research Letters, 48, 1–9. https://doi.org/10.1029/2021GL000001")]
        [InlineData(CitationStyle.Agu, "Anderson, R. E., Jr., and T. Wang (2021), Fault zones seen from space, Geophysical Research Letters, 48, 1–9, doi:10.1029/2021GL000001.")]
        [InlineData(CitationStyle.Ieee, "R. E. Anderson Jr. and T. Wang, \"Fault zones seen from space,\" Geophysical Research Letters, vol. 48, pp. 1–9, 2021, doi: 10.1029/2021GL000001.")]
        public void A_suffix_follows_the_initials_or_the_family_name_as_the_style_requires(CitationStyle style, string expected)
        {
            Assert.Equal(expected, Export.Format(OtherKindPublications.SuffixAndNote, style));
        }

        [Fact]
        public void Later_authors_in_agu_carry_the_suffix_after_the_family_name()
        {
            var publication = new Publication
            {
                Citation = new Citation
                {
                    Authors = new[] { new Author { Family = "Wang", Given = "T." }, new Author { Family = "King", Given = "Martin L.", Suffix = "III" } },
                    Year = 2020,
                    Title = "T",
                    Container = "J",
                },
            };

            Assert.Equal("Wang, T., and M. L. King III (2020), T, J.", Export.Format(publication, CitationStyle.Agu));
        }

        [Fact]
        public void A_title_that_ends_in_its_own_mark_gets_no_period_after_it()
        {
            var book = new Publication
            {
                Citation = new Citation { Authors = ReferencePublications.Authors(("Okada", "Y.", false)), Year = 1985, Title = "Is the fault locked?", Kind = PublicationKind.Book },
            };
            var report = new Publication
            {
                Citation = new Citation { Authors = ReferencePublications.Authors(("Okada", "Y.", false)), Year = 1985, Title = "Is the fault locked?", Container = "USGS", Kind = PublicationKind.Report },
            };

            Assert.Equal("Okada, Y. (1985). Is the fault locked?", Export.Format(book, CitationStyle.Apa));
            Assert.Equal("Okada, Y. (1985). Is the fault locked? USGS.", Export.Format(report, CitationStyle.Apa));
            Assert.Equal("Y. Okada, \"Is the fault locked?\" USGS, Tech. Rep., 1985.", Export.Format(report, CitationStyle.Ieee));
        }

        [Fact]
        public void Proceedings_with_a_volume_and_one_page_or_an_article_number_name_them_as_each_style_does()
        {
            var paper = new Publication
            {
                Citation = new Citation
                {
                    Authors = ReferencePublications.Authors(("Okada", "Y.", false)),
                    Year = 1985,
                    Title = "T",
                    Container = "Proc. SPIE",
                    Volume = "2",
                    Pages = "5",
                    Kind = PublicationKind.Conference,
                },
            };
            var numbered = new Publication { Citation = new Citation { Authors = paper.Citation.Authors, Year = 1985, Title = "T", Container = "Proc. SPIE", ArticleNumber = "e12", Kind = PublicationKind.Conference } };

            Assert.Equal("Okada, Y. (1985). T. In Proc. SPIE (Vol. 2, p. 5).", Export.Format(paper, CitationStyle.Apa));
            Assert.Equal("Okada, Y. (1985), T, in Proc. SPIE, vol. 2, p. 5.", Export.Format(paper, CitationStyle.Agu));
            Assert.Equal("Y. Okada, \"T,\" in Proc. SPIE, vol. 2, 1985, p. 5.", Export.Format(paper, CitationStyle.Ieee));
            Assert.Equal("Okada, Y. (1985). T. In Proc. SPIE (Article e12).", Export.Format(numbered, CitationStyle.Apa));
            Assert.Equal("Okada, Y. (1985), T, in Proc. SPIE, e12.", Export.Format(numbered, CitationStyle.Agu));
            Assert.Equal("Y. Okada, \"T,\" in Proc. SPIE, 1985, Art. no. e12.", Export.Format(numbered, CitationStyle.Ieee));
        }

        [Fact]
        public void A_work_other_than_a_book_without_its_container_is_given_as_printed()
        {
            var publication = new Publication
            {
                Citation = new Citation { Text = "As printed", Authors = ReferencePublications.Authors(("Okada", "Y.", false)), Year = 1985, Title = "T", Kind = PublicationKind.Thesis },
            };

            Assert.Equal("As printed", Export.Format(publication, CitationStyle.Apa));
        }

        [Fact]
        public void Apa_without_pages_ends_at_the_volume()
        {
            Assert.Equal(
                "Luo, H., Wang, T., Wei, S., Liao, M., & Gong, J. (2021). Deriving Centimeter-Level Coseismic Deformation and Fault Geometries of Small-To-Moderate Earthquakes From Time-Series Sentinel-1 SAR Images. Frontiers in Earth Science, 9. https://doi.org/10.3389/feart.2021.636398",
                Export.Format(ReferencePublications.Luo, CitationStyle.Apa));
        }

        [Fact]
        public void Ieee_uses_pages_and_no_doi_when_there_is_none()
        {
            Assert.Equal(
                "Q. Zhang, T. Wang, Y. Pei, and X. Shi, \"Selective Kernel Res-Attention UNet: Deep Learning for Generating Decorrelation Mask with Applications to TanDEM-X Interferograms,\" IEEE J. Sel. Top. Appl. Earth Obs. Remote Sens., vol. 14, pp. 8537–8551, 2021.",
                Export.Format(ReferencePublications.Zhang, CitationStyle.Ieee));
        }

        [Fact]
        public void Html_encodes_markup_in_every_field()
        {
            var publication = new Publication
            {
                Citation = new Citation
                {
                    Authors = ReferencePublications.Authors(("O'Brien", "A.", false)),
                    Year = 2020,
                    Title = "Faults <i>&</i> \"folds\"",
                    Container = "Earth & Space",
                    Volume = "1<2",
                    Doi = "10.1/a\"b<c>",
                },
            };

            Assert.Equal(
                "O&#39;Brien, A. (2020). Faults &lt;i&gt;&amp;&lt;/i&gt; &quot;folds&quot;. <i>Earth &amp; Space</i>, <i>1&lt;2</i>. "
                + "<a href=\"https://doi.org/10.1/a&quot;b&lt;c&gt;\">https://doi.org/10.1/a&quot;b&lt;c&gt;</a>",
                Export.FormatHtml(publication, CitationStyle.Apa));
        }

        [Fact]
        public void Full_given_names_become_initials_and_titles_keep_their_question_mark()
        {
            var publication = new Publication
            {
                Citation = new Citation
                {
                    Authors = ReferencePublications.Authors(("Avouac", "Jean-Philippe", false), ("Goldstein", "Richard M.", false)),
                    Year = 2013,
                    Title = "Is the fault locked?",
                    Container = "Geophys. Res. Lett.",
                    Pages = "5",
                },
            };

            Assert.Equal("Avouac, J.-P., & Goldstein, R. M. (2013). Is the fault locked? Geophys. Res. Lett., 5.", Export.Format(publication, CitationStyle.Apa));
            Assert.Equal("Avouac, J.-P., and R. M. Goldstein (2013), Is the fault locked?, Geophys. Res. Lett., 5.", Export.Format(publication, CitationStyle.Agu));
            Assert.Equal("J.-P. Avouac and R. M. Goldstein, \"Is the fault locked?\" Geophys. Res. Lett., p. 5, 2013.", Export.Format(publication, CitationStyle.Ieee));
        }

        [Fact]
        public void A_journal_ending_in_an_abbreviation_gets_no_second_period()
        {
            var publication = new Publication
            {
                Citation = new Citation { Authors = ReferencePublications.Authors(("Okada", "Y.", false)), Year = 1985, Title = "T", Container = "Bull. Seismol. Soc. Am." },
            };

            Assert.Equal("Okada, Y. (1985). T. Bull. Seismol. Soc. Am.", Export.Format(publication, CitationStyle.Apa));
            Assert.Equal("Okada, Y. (1985), T, Bull. Seismol. Soc. Am.", Export.Format(publication, CitationStyle.Agu));
        }

        [Fact]
        public void Long_author_lists_follow_each_style_rule()
        {
            var authors = Enumerable.Range(1, 22).Select(i => ("Author" + (char)('a' + i), "A.", false)).ToArray();
            var publication = new Publication
            {
                Citation = new Citation { Authors = ReferencePublications.Authors(authors), Year = 2020, Title = "T", Container = "J", Volume = "1" },
            };

            var apa = Export.Format(publication, CitationStyle.Apa);
            Assert.StartsWith("Authorb, A., Authorc, A., ", apa, System.StringComparison.Ordinal);
            Assert.Contains("Authort, A., . . . Authorw, A. (2020)", apa, System.StringComparison.Ordinal);
            Assert.DoesNotContain("Authoru", apa, System.StringComparison.Ordinal);
            Assert.StartsWith("A. Authorb et al., \"T,\"", Export.Format(publication, CitationStyle.Ieee), System.StringComparison.Ordinal);
        }

        [Fact]
        public void An_unparsed_citation_is_given_as_printed()
        {
            var publication = new Publication
            {
                Year = 2019,
                Title = new LocalizedText("Page title", null),
                Citation = new Citation { Text = "Some <odd> & unparsable citation" },
            };

            foreach (var style in new[] { CitationStyle.Apa, CitationStyle.Agu, CitationStyle.Ieee })
            {
                Assert.Equal("Some <odd> & unparsable citation", Export.Format(publication, style));
                Assert.Equal("Some &lt;odd&gt; &amp; unparsable citation", Export.FormatHtml(publication, style));
            }
        }
    }
}
