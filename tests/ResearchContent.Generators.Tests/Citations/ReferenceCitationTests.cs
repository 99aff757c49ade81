using System.Linq;
using ResearchContent.Citations.Tests;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Sources.Citations;
using Xunit;

namespace ResearchContent.Generators.Tests.Citations
{
    /// <summary>The four citations of content/publications.md, every field.</summary>
    public sealed class ReferenceCitationTests
    {
        [Fact]
        public void Agu_ieee_journal_with_abbreviated_name()
        {
            var parsed = CitationParser.Parse(ReferenceCitations.ZhangAgu);

            AssertAuthors(parsed, ("Zhang", "Q.", false), ("Wang", "T.", false), ("Pei", "Y.", false), ("Shi", "X.", false));
            Assert.Equal(2021, parsed.Year);
            Assert.Equal("Selective Kernel Res-Attention UNet: Deep Learning for Generating Decorrelation Mask with Applications to TanDEM-X Interferograms", parsed.Title);
            Assert.Equal("IEEE J. Sel. Top. Appl. Earth Obs. Remote Sens.", parsed.Container);
            Assert.Equal("14", parsed.Volume);
            Assert.Null(parsed.Issue);
            Assert.Equal("8537–8551", parsed.Pages);
            Assert.Null(parsed.ArticleNumber);
            Assert.False(parsed.AuthorsTruncated);
            Assert.Empty(parsed.Unparsed);
            Assert.True(parsed.IsComplete);
        }

        [Fact]
        public void Agu_with_corresponding_author_and_month_issue()
        {
            var parsed = CitationParser.Parse(ReferenceCitations.XuAgu);

            AssertAuthors(parsed, ("Xu", "A.", false), ("Zhao", "Y.", false), ("Wang", "T.", true), ("Ren", "C.", false), ("Yue", "H.", false));
            Assert.Equal(2021, parsed.Year);
            Assert.Equal("Small Fractures Caused by the 2019 Ridgecrest Earthquake Sequence: Insights From 3D Coseismic Displacement and Uniaxial Loading Rock Experiments", parsed.Title);
            Assert.Equal("Frontiers in Earth Science", parsed.Container);
            Assert.Equal("9", parsed.Volume);
            Assert.Equal("June", parsed.Issue);
            Assert.Equal("1–11", parsed.Pages);
            Assert.Null(parsed.ArticleNumber);
            Assert.True(parsed.IsComplete);
        }

        [Fact]
        public void Apa_with_bare_volume()
        {
            var parsed = CitationParser.Parse(ReferenceCitations.LuoApa);

            AssertAuthors(parsed, ("Luo", "H.", false), ("Wang", "T.", false), ("Wei", "S.", false), ("Liao", "M.", false), ("Gong", "J.", false));
            Assert.Equal(2021, parsed.Year);
            Assert.Equal("Deriving Centimeter-Level Coseismic Deformation and Fault Geometries of Small-To-Moderate Earthquakes From Time-Series Sentinel-1 SAR Images", parsed.Title);
            Assert.Equal("Frontiers in Earth Science", parsed.Container);
            Assert.Equal("9", parsed.Volume);
            Assert.Null(parsed.Issue);
            Assert.Null(parsed.Pages);
            Assert.Null(parsed.ArticleNumber);
            Assert.True(parsed.IsComplete);
        }

        [Fact]
        public void Apa_with_ampersand_and_article_number()
        {
            var parsed = CitationParser.Parse(ReferenceCitations.WangApa);

            AssertAuthors(parsed, ("Wang", "T.", false), ("Jiao", "L.", false), ("Tapponnier", "P.", false), ("Shi", "X.", false), ("Wei", "S.", false));
            Assert.Equal(2020, parsed.Year);
            Assert.Equal("Space imaging geodesy reveals near circular, coseismic block rotation during the 2016 Mw 7.8 Kaikōura earthquake, New Zealand", parsed.Title);
            Assert.Equal("Geophysical Research Letters", parsed.Container);
            Assert.Equal("47", parsed.Volume);
            Assert.Null(parsed.Issue);
            Assert.Null(parsed.Pages);
            Assert.Equal("e2020GL090206", parsed.ArticleNumber);
            Assert.True(parsed.IsComplete);
        }

        [Fact]
        public void Parsing_is_value_equatable()
        {
            foreach (var text in ReferenceCitations.All)
            {
                var first = CitationParser.Parse(text);
                var second = CitationParser.Parse(new string(text.ToCharArray()));
                Assert.Equal(first, second);
                Assert.Equal(first.GetHashCode(), second.GetHashCode());
            }

            Assert.NotEqual(CitationParser.Parse(ReferenceCitations.LuoApa), CitationParser.Parse(ReferenceCitations.WangApa));
        }

        private static void AssertAuthors(ParsedCitation parsed, params (string Family, string Given, bool Corresponding)[] expected)
        {
            var actual = parsed.Authors.Select(a => (a.Family, a.Given, a.IsCorresponding)).ToArray();
            Assert.Equal(expected, actual);
        }
    }
}
