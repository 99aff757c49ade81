using System.Linq;
using Xunit;
using static ResearchContent.Generators.Tests.Pages.Diagnostics.DiagnosticAssertions;

namespace ResearchContent.Generators.Tests.Pages.Diagnostics
{
    /// <summary>The citation checked against the rest of the entry: its DOI against the link (RC2010, RC3001) and against other entries (RC1014), a DOI or links only the text gives, a citation read only in part (RC2007).</summary>
    public sealed class CitationCheckTests
    {
        [Fact]
        public void RC2010_a_DOI_in_the_citation_text_that_differs_from_the_link()
        {
            var page = SamplePage.Of(SamplePage.Zhang, SamplePage.Xu.Replace("1–11.</a>", "1–11. doi:10.3389/feart.2021.999999.</a>"), SamplePage.Wang);

            var run = SamplePage.Run(page);

            var diagnostic = Single(run, "RC2010", 26, 5);
            Assert.Equal(
                "The link's DOI '10.3389/feart.2021.672809' differs from the DOI '10.3389/feart.2021.999999' in the citation text; the catalog uses the link's. Make them the same paper.",
                diagnostic.GetMessage());
            AssertWarningOnly(run);
            Assert.Equal("10.3389/feart.2021.672809", run.Catalog().Property("Xu2021Small").Citation.Doi);
        }

        [Fact]
        public void A_DOI_only_in_the_citation_text_is_the_publications_DOI()
        {
            var page = SamplePage.Of(
                SamplePage.Zhang.Replace("14, 8537–8551.</a>", "14, 8537–8551, doi: 10.1109/JSTARS.2021.3106107.</a>"),
                SamplePage.Xu,
                SamplePage.Wang);

            var run = SamplePage.Run(page);

            Assert.False(run.Fails);
            var zhang = run.Catalog().Property("Zhang2021Selective");
            Assert.Equal("https://ieeexplore.ieee.org/document/9516966", zhang.Citation.Url);
            Assert.Equal("10.1109/JSTARS.2021.3106107", zhang.Citation.Doi);
            Assert.Equal("https://doi.org/10.1109/JSTARS.2021.3106107", zhang.Citation.DoiUrl);
        }

        [Fact]
        public void Header_links_after_the_citation_are_the_publications_links()
        {
            var page = SamplePage.Of(
                SamplePage.Zhang.Replace("8537–8551.</a>", "8537–8551.</a>  \n<br><a href=\"https://news.example.org/masknet\">News coverage</a> | <a href=\"https://example.org/zhang2021.pdf\">PDF</a>"),
                SamplePage.Xu.Replace("1–11.</a>", "1–11.</a> <a href=\"/files/xu2021.pdf\">PDF</a>"),
                SamplePage.Wang);

            var run = SamplePage.Run(page);

            var zhang = run.Catalog().Property("Zhang2021Selective");
            Assert.Equal(new[] { ("News coverage", "https://news.example.org/masknet"), ("PDF", "https://example.org/zhang2021.pdf") }, zhang.Links.Select(l => (l.Text, l.Url)));

            // A PDF on the group's own site is linked relative to it, and kept so.
            Assert.Equal(new[] { ("PDF", "/files/xu2021.pdf") }, run.Catalog().Property("Xu2021Small").Links.Select(l => (l.Text, l.Url)));
            Assert.False(run.Fails);
        }

        [Fact]
        public void RC1014_the_same_DOI_on_two_entries()
        {
            var page = SamplePage.Of(
                SamplePage.Zhang.Replace("https://ieeexplore.ieee.org/document/9516966", "https://doi.org/10.3389/feart.2021.672809"),
                SamplePage.Xu,
                SamplePage.Wang);

            var run = SamplePage.Run(page);

            var diagnostic = Single(run, "RC1014", 26, 5);
            Assert.Equal(
                "The DOI '10.3389/feart.2021.672809' is already cited by '2021-#3' (content/publications.md(10)). Each paper should appear once; remove or correct one of them.",
                diagnostic.GetMessage());
            AssertBrokenEntryLeftOut(run, "xu2021small");
        }

        [Fact]
        public void RC2007_a_citation_the_parser_cannot_read_completely()
        {
            var page = SamplePage.Of(
                SamplePage.Zhang,
                SamplePage.Xu.Replace(
                    "Xu, A., Y. Zhao, T. Wang*, C. Ren, and H. Yue (2021), ",
                    "(2021) "),
                SamplePage.Wang);

            var run = SamplePage.Run(page);

            var diagnostic = Single(run, "RC2007", 26, 5);
            Assert.StartsWith("The citation of '2021-#2' could not be read confidently: its authors", diagnostic.GetMessage());
            AssertWarningOnly(run);
            var xu = run.Catalog().Publications.Single(p => p.Label == "2021-#2");
            Assert.Empty(xu.Citation.Authors);
            Assert.Equal("Small Fractures Caused by the 2019 Ridgecrest Earthquake Sequence: Insights From 3D Coseismic Displacement and Uniaxial Loading Rock Experiments", xu.Citation.Title);
            Assert.Equal("small2021fractures", xu.Key);
        }

        [Theory]
        [InlineData("https://www.doi.org/10.1029/2020GL090206")]
        [InlineData("https://dx.doi.org/10.1029/2020GL090206")]
        [InlineData("http://doi.org/10.1029/2020GL090206")]
        public void RC3001_a_DOI_link_not_in_the_recommended_form(string link)
        {
            var page = SamplePage.Of(SamplePage.Zhang, SamplePage.Xu, SamplePage.Wang.Replace("https://doi.org/10.1029/2020GL090206", link));

            var run = SamplePage.Run(page);

            var diagnostic = Single(run, "RC3001", 42, 5);
            Assert.Equal("Link the DOI as 'https://doi.org/10.1029/2020GL090206': Crossref's display guidelines recommend https://doi.org/ links.", diagnostic.GetMessage());
            Assert.False(run.Fails);
            Assert.Equal(link, run.Catalog().Property("Wang2020Space").Citation.Url);
            Assert.Equal("10.1029/2020GL090206", run.Catalog().Property("Wang2020Space").Citation.Doi);
        }
    }
}
