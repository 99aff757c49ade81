using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.Playwright;
using ResearchContent.Site.Tests.Infrastructure;

namespace ResearchContent.Site.Tests
{
    /// <summary>The static export under a sub-path on a plain static file server, in the system Chromium driven by Playwright.</summary>
    [Collection(BrowserCollection.Name)]
    public sealed class StaticExportBrowserTests : IClassFixture<StaticExportFixture>
    {
        private const string Base = StaticExportFixture.BasePath;

        private readonly BrowserFixture _browser;

        private readonly StaticExportFixture _export;

        public StaticExportBrowserTests(BrowserFixture browser, StaticExportFixture export)
        {
            _browser = browser;
            _export = export;
        }

        [BrowserFact]
        public async Task Reader_opens_the_exported_site_switches_to_chinese_opens_a_paper_and_downloads_bibtex()
        {
            var server = await _export.ServerAsync();
            var (context, page) = await _browser.NewPageAsync();
            await using var _ = context;
            var errors = PageActions.CollectErrors(page);

            // The site's root, which refreshes to the list: every publication in English, styled.
            await page.GotoAsync(server.Url + Base, new() { WaitUntil = WaitUntilState.DOMContentLoaded });
            // The address is polled: waiting for the refresh's navigation event missed it when it came before the wait.
            await Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(Base + "publications/") + "$"));
            var titles = page.Locator("li.publication h3");
            await Assertions.Expect(titles).ToHaveCountAsync(ResearchCatalog.Publications.Count);
            Assert.Equal(ResearchCatalog.Publications.Select(p => Html.Collapse(p.Title.En)), (await titles.AllInnerTextsAsync()).Select(Html.Collapse));
            await Assertions.Expect(page.Locator(".visually-hidden").First).ToHaveCSSAsync("position", "absolute");

            // 中文: a page of its own under zh/, with the Chinese titles.
            await PageActions.ClickUntilAt(page, page.GetByRole(AriaRole.Link, new() { Name = "中文", Exact = true }), Base + "zh/publications/");
            Assert.Equal("zh", await page.Locator("html").GetAttributeAsync("lang"));
            Assert.Equal(ResearchCatalog.Publications.Select(p => Html.Collapse(p.Title.Zh)), (await titles.AllInnerTextsAsync()).Select(Html.Collapse));

            // A paper's page, still in Chinese, and its citation in another style.
            Assert.True(ResearchCatalog.TryGet("xu2021small", out var xu));
            await PageActions.ClickUntilAt(page, page.Locator("li.publication[data-key='xu2021small'] h3 a"), Base + "zh/publications/xu2021small/");
            Assert.Equal(Html.Collapse(xu!.Title.Zh), Html.Collapse(await page.Locator("h1").InnerTextAsync()));
            await PageActions.ClickUntilAt(page, page.Locator("nav.styles a", new() { HasText = "IEEE" }), Base + "zh/publications/xu2021small/ieee/#cite");
            Assert.Equal(Export.Format(xu, CitationStyle.Ieee), await page.Locator("#citation-text").InputValueAsync());
            await Assertions.Expect(page.Locator("button[data-copy-target]")).ToBeVisibleAsync();

            // The .bib download, served by the static host as a file.
            var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("ul.downloads a[href$='.bib']").ClickAsync());
            Assert.Equal("xu2021small.bib", download.SuggestedFilename);
            var bib = await File.ReadAllTextAsync((await download.PathAsync())!);
            Assert.StartsWith("@", bib, StringComparison.Ordinal);

            Assert.True(errors.Count == 0, "Console errors:\n" + string.Join("\n", errors));
        }
    }
}
