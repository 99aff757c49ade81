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
