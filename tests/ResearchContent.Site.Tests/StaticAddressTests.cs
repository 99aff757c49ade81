using System;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using System.Xml.Linq;
using Microsoft.AspNetCore.Mvc.Testing;
using ResearchContent.Site.Services;
using ResearchContent.Site.Tests.Infrastructure;

namespace ResearchContent.Site.Tests
{
    /// <summary>
    /// The live server answers the static export's addresses too (<c>/zh/…</c>, <c>kinds/{kind}/</c>, a style's
    /// folder, <c>/publications.json</c>), serves sitemap.xml and robots.txt, and keeps every link under a path base.
    /// </summary>
    public sealed class StaticAddressTests : IClassFixture<SiteFactory>
    {
        private readonly SiteFactory _factory;

        public StaticAddressTests(SiteFactory factory) => _factory = factory;

        [Fact]
        public async Task The_zh_prefix_serves_the_chinese_pages()
        {
            var client = _factory.CreateClient();

            var list = await Html.GetAsync(client, "/zh/publications/");
            Assert.Equal("zh", list.DocumentElement.GetAttribute("lang"));
            Assert.Equal(ResearchCatalog.Publications.Select(p => Html.Collapse(p.Title.Zh)), list.QuerySelectorAll("li.publication h3").Select(Html.Text));

            // Live, the switch keeps to the query scheme.
            Assert.Equal("/publications/?lang=en", list.QuerySelector("nav.lang-switch a[hreflang='en']")!.GetAttribute("href"));

            Assert.True(ResearchCatalog.TryGet("xu2021small", out var xu));
            var detail = await Html.GetAsync(client, "/zh/publications/xu2021small/");
            Assert.Equal(Html.Collapse(xu!.Title.Zh), Html.Text(detail.QuerySelector("h1")!));
        }

        [Fact]
        public async Task A_style_folder_chooses_the_citation_style_and_an_unknown_one_is_not_found()
        {
            var client = _factory.CreateClient();
            Assert.True(ResearchCatalog.TryGet("xu2021small", out var xu));

            var ieee = await Html.GetAsync(client, "/publications/xu2021small/ieee/");
            Assert.Equal(Export.Format(xu!, CitationStyle.Ieee), ieee.QuerySelector("#citation-text")!.TextContent);
            Assert.Equal("http://localhost/publications/xu2021small", ieee.QuerySelector("link[rel='canonical']")!.GetAttribute("href"));

            await Html.GetAsync(client, "/publications/xu2021small/harvard/", 404);
        }

        [Fact]
        public async Task A_kind_folder_filters_the_list_as_the_kind_query_does()
        {
            using var root = new SiteFactory();
            using var factory = root.WithPages(TestContent.OtherKindPages());
            var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

            var folder = await Html.GetAsync(client, "/zh/publications/kinds/thesis/");
            var query = await Html.GetAsync(client, "/publications/?lang=zh&kind=thesis");
            Assert.Equal(new[] { TestContent.ThesisKey }, folder.QuerySelectorAll("li.publication").Select(e => e.GetAttribute("data-key")));
            Assert.Equal(query.QuerySelector("main")!.InnerHtml, folder.QuerySelector("main")!.InnerHtml);

            using var unslashed = await client.GetAsync("/publications/kinds/thesis");
            Assert.Equal(HttpStatusCode.Redirect, unslashed.StatusCode);
            Assert.Equal("/publications/kinds/thesis/", unslashed.Headers.Location?.OriginalString);
            await Html.GetAsync(client, "/publications/kinds/poem/", 404);
        }

        [Fact]
        public async Task The_sitemap_lists_every_page_in_both_languages_and_robots_names_it()
        {
            var client = _factory.CreateClient();
            XNamespace sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

            var document = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));

            var pages = new[] { "/publications/" }.Concat(ResearchCatalog.Publications.Select(p => "/publications/" + p.Key)).ToList();
            var expected = pages.Select(p => "http://localhost" + p).Concat(pages.Select(p => "http://localhost" + p + "?lang=zh"));
            Assert.Equal(expected.OrderBy(u => u, StringComparer.Ordinal), document.Root!.Elements(sitemap + "url").Select(u => (string)u.Element(sitemap + "loc")!).OrderBy(u => u, StringComparer.Ordinal));
            Assert.Contains("Sitemap: http://localhost/sitemap.xml\n", await client.GetStringAsync("/robots.txt"), StringComparison.Ordinal);
        }

        [Fact]
        public async Task Under_a_path_base_every_link_of_the_site_starts_with_it()
        {
            using var root = new SiteFactory();
            using var factory = root.WithSetting(SiteAddressSettings.PathBaseKey, "/lab/");
            var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

            using var home = await client.GetAsync("/lab/");
            Assert.Equal("/lab/publications/", home.Headers.Location?.OriginalString);

            foreach (var address in new[] { "/lab/publications/", "/lab/zh/publications/xu2021small/" })
            {
                var document = await Html.GetAsync(client, address);
                var links = document.QuerySelectorAll("a[href], link[href], img[src], script[src]")
                    .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
                    .Where(link => !link.StartsWith('#') && !link.StartsWith("http", StringComparison.Ordinal))
                    .ToList();
                Assert.NotEmpty(links);
                Assert.All(links, link => Assert.StartsWith("/lab/", link, StringComparison.Ordinal));
            }

            Assert.Equal(await _factory.CreateClient().GetStringAsync("/publications.bib"), await client.GetStringAsync("/lab/publications.bib"));
        }
    }
}
