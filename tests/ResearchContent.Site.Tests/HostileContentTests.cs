using System;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ResearchContent.Site.Tests.Infrastructure;

namespace ResearchContent.Site.Tests
{
    /// <summary>Publications whose strings carry markup render as text, and unsafe links never become links.</summary>
    public sealed class HostileContentTests : IDisposable
    {
        private readonly SiteFactory _root = new();
        private readonly Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> _factory;

        public HostileContentTests() => _factory = _root.WithPages(TestContent.HostilePages());

        public void Dispose()
        {
            _factory.Dispose();
            _root.Dispose();
        }

        [Theory]
        [InlineData("/publications/")]
        [InlineData("/publications/?lang=zh")]
        [InlineData("/publications/" + TestContent.HostileKey)]
        [InlineData("/publications/" + TestContent.HostileKey + "?lang=zh")]
        [InlineData("/publications/" + TestContent.HostileKey + "?style=ieee")]
        public async Task No_markup_from_content_reaches_the_dom(string url)
        {
            var document = await Html.GetAsync(_factory.CreateClient(), url);

            AssertNoInjectedMarkup(document);
        }

        [Fact]
        public async Task The_pages_introduction_is_shown_above_the_list_literally_and_by_paragraph()
        {
            var document = await Html.GetAsync(_factory.CreateClient(), "/publications/");

            var paragraphs = document.QuerySelectorAll("p.page-introduction").ToList();
            Assert.Equal(new[] { "* indicates the corresponding author. " + TestContent.ScriptPayload, "带*者为通讯作者。" }, paragraphs.Select(Html.Text));
            Assert.Equal(new[] { "en", "zh" }, paragraphs.Select(p => p.GetAttribute("lang")));
            AssertNoInjectedMarkup(document);
        }

        [Fact]
        public async Task Hostile_strings_appear_literally_on_the_list()
        {
            var document = await Html.GetAsync(_factory.CreateClient(), "/publications/");
            var entry = document.QuerySelector($"li[data-key='{TestContent.HostileKey}']")!;

            Assert.Equal(TestContent.HostileTitle, Html.Text(entry.QuerySelector("h3")!));
            Assert.Equal(
                new[] { Html.Collapse("Abstract " + TestContent.AttributePayload), TestContent.ScriptEndPayload },
                entry.QuerySelectorAll(".abstract p").Select(Html.Text));
            Assert.Equal(Html.Collapse(TestContent.HostileCaption), Html.Text(entry.QuerySelector("figcaption")!));
            Assert.Equal("Image missing: " + TestContent.HostileAlt, entry.QuerySelector(".figure__placeholder")!.GetAttribute("aria-label"));
            Assert.Contains(TestContent.JavaScriptUrl, Html.Text(entry), StringComparison.Ordinal);
            Assert.Contains("Evil" + Html.Collapse(TestContent.AttributePayload), Html.Text(entry.QuerySelector("p.authors")!), StringComparison.Ordinal);

            // Of the further links only the https one is a link, its address normalized and its text literal.
            var code = Assert.Single(entry.QuerySelectorAll(".publication__links a[href^='https://example.org/code']"));
            Assert.Equal("https://example.org/code?a=1&b=%22%3E%3Cscript%3Ealert(1)%3C/script%3E", code.GetAttribute("href"));
            Assert.StartsWith(Html.Collapse("Code " + TestContent.AttributePayload) + ":", Html.Text(code), StringComparison.Ordinal);
            Assert.DoesNotContain("PDF", Html.Text(entry.QuerySelector(".publication__links")!), StringComparison.Ordinal);
            Assert.Empty(entry.QuerySelectorAll("a[href^='data:'], a[href^='javascript:']"));
        }

        [Fact]
        public async Task Hostile_strings_appear_literally_on_the_detail_page_and_in_its_metadata()
        {
            var document = await Html.GetAsync(_factory.CreateClient(), "/publications/" + TestContent.HostileKey);

            Assert.Equal(TestContent.HostileTitle, Html.Text(document.QuerySelector("h1")!));
            Assert.Equal(TestContent.HostileTitle, Html.Meta(document, "citation_title"));
            Assert.Equal(TestContent.HostileTitle, Html.Meta(document, "og:title"));
            Assert.Equal("Journal of " + TestContent.ScriptEndPayload, Html.Meta(document, "citation_journal_title"));
            Assert.StartsWith(TestContent.HostileTitle, document.Title, StringComparison.Ordinal);

            var facts = KindAndLinkTests.Facts(document);
            Assert.Equal(Html.Collapse("Note " + TestContent.ScriptPayload + TestContent.AttributePayload), Html.Text(Assert.Single(facts["Note"])));
            var link = Assert.Single(Assert.Single(facts["Links"]).QuerySelectorAll("a"));
            Assert.Equal(Html.Collapse("Code " + TestContent.AttributePayload), Html.Text(link));

            var jsonLd = DetailPageTests.JsonLd(document);
            Assert.Equal(TestContent.HostileTitle, jsonLd.GetProperty("headline").GetString());
            Assert.Equal(TestContent.HostileAbstract, jsonLd.GetProperty("abstract").GetString());
            Assert.Equal("Journal of " + TestContent.ScriptEndPayload, jsonLd.GetProperty("isPartOf").GetProperty("isPartOf").GetProperty("name").GetString());
            Assert.False(jsonLd.TryGetProperty("sameAs", out _), "a javascript: address must not become sameAs");

            var script = document.QuerySelector("script[type='application/ld+json']")!;
            Assert.DoesNotContain("<", script.TextContent, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Downloads_of_hostile_content_still_work()
        {
            var client = _factory.CreateClient();

            Assert.Contains("@article{" + TestContent.HostileKey, await client.GetStringAsync("/publications.bib"), StringComparison.OrdinalIgnoreCase);
            using var json = JsonDocument.Parse(await client.GetStringAsync("/api/publications"));
            Assert.Equal(TestContent.HostileTitle, json.RootElement[0].GetProperty("title").GetString());
            Assert.Contains("TY  - ", await client.GetStringAsync("/publications/" + TestContent.HostileKey + ".ris"), StringComparison.Ordinal);
        }

        internal static void AssertNoInjectedMarkup(IHtmlDocument document)
        {
            var scripts = document.QuerySelectorAll("script").ToList();
            Assert.Equal(new[] { "/js/site.js" }, scripts.Where(s => s.GetAttribute("type") != "application/ld+json").Select(s => s.GetAttribute("src")));
            Assert.All(scripts.Where(s => s.GetAttribute("type") == "application/ld+json"), s => Assert.DoesNotContain("<", s.TextContent, StringComparison.Ordinal));
            Assert.Empty(document.QuerySelectorAll("img"));
            Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
            foreach (var link in document.QuerySelectorAll("a[href], link[href]"))
            {
                var href = link.GetAttribute("href")!.Trim();
                Assert.True(
                    href.StartsWith('/') || href.StartsWith('#') || href.StartsWith('?') || href.StartsWith("http://", StringComparison.Ordinal) || href.StartsWith("https://", StringComparison.Ordinal),
                    "unexpected link " + href);
                Assert.DoesNotContain("javascript:", href, StringComparison.OrdinalIgnoreCase);
            }
        }
    }
}
