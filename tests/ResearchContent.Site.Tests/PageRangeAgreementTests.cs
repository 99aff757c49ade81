using System;
using System.Linq;
using System.Threading.Tasks;
using ResearchContent.Site.Tests.Infrastructure;

namespace ResearchContent.Site.Tests
{
    /// <summary>A detail page's metadata and its downloads read a page range the same way.</summary>
    public sealed class PageRangeAgreementTests
    {
        [Fact]
        public async Task Abbreviated_last_page_is_expanded_alike_in_scholar_tags_and_ris()
        {
            using var root = new SiteFactory();
            using var factory = root.WithPages(TestContent.AbbreviatedRangePages());
            var client = factory.CreateClient();

            var document = await Html.GetAsync(client, "/publications/" + TestContent.AbbreviatedRangeKey);
            var ris = await client.GetStringAsync("/publications/" + TestContent.AbbreviatedRangeKey + ".ris");

            Assert.Equal("8537", Html.Meta(document, "citation_firstpage"));
            Assert.Equal("8551", Html.Meta(document, "citation_lastpage"));
            var jsonLd = DetailPageTests.JsonLd(document);
            Assert.Equal("8537", jsonLd.GetProperty("pageStart").GetString());
            Assert.Equal("8551", jsonLd.GetProperty("pageEnd").GetString());

            var lines = ris.Split("\r\n");
            Assert.Contains("SP  - 8537", lines);
            Assert.Contains("EP  - 8551", lines);
            Assert.Equal(Html.Meta(document, "citation_firstpage"), RisValue(lines, "SP"));
            Assert.Equal(Html.Meta(document, "citation_lastpage"), RisValue(lines, "EP"));
        }

        private static string RisValue(string[] lines, string tag) =>
            Assert.Single(lines, l => l.StartsWith(tag + "  - ", StringComparison.Ordinal))[(tag.Length + 4)..];
    }
}
