using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Playwright;
using ResearchContent.Site.Tests.Infrastructure;

namespace ResearchContent.Site.Tests
{
    /// <summary>The real site on Kestrel, in the system Chromium driven by Playwright.</summary>
    [Collection(BrowserCollection.Name)]
    public sealed class BrowserTests
    {
        private readonly BrowserFixture _fixture;

        public BrowserTests(BrowserFixture fixture) => _fixture = fixture;

        [BrowserFact]
        public async Task Reader_browses_switches_language_opens_an_abstract_and_a_detail_page_and_downloads_bibtex()
        {
            var (context, page) = await _fixture.NewPageAsync();
            await using var _ = context;
            var errors = PageActions.CollectErrors(page);

            // The list, from / (which redirects), with all four reference publications in English.
            await page.GotoAsync(_fixture.ReferenceUrl + "/", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
            Assert.EndsWith("/publications/", page.Url, StringComparison.Ordinal);
            var titles = page.Locator("li.publication h3");
            Assert.Equal(ResearchCatalog.Publications.Select(p => Html.Collapse(p.Title.En)), (await titles.AllInnerTextsAsync()).Select(Html.Collapse));

            await Screenshot(page, "list");

            // Keyboard: the first Tab reaches the skip link; the abstract disclosure opens with Enter.
            await page.Keyboard.PressAsync("Tab");
            Assert.Equal("skip-link", await page.EvaluateAsync<string>("() => document.activeElement.className"));
            var firstAbstract = page.Locator("li.publication details").First;
            Assert.False(await firstAbstract.Locator(".abstract p").First.IsVisibleAsync());
            await firstAbstract.Locator("summary").FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(firstAbstract.Locator(".abstract p").First).ToBeVisibleAsync();
            Assert.True(await firstAbstract.EvaluateAsync<bool>("d => d.open"));
            await Screenshot(page, "list-abstract");

            // 中文: a plain link; titles change and the address is bookmarkable. (A predicate, not a glob: in a glob
            // '?' is a wildcard, which matched only when the navigation had finished before the wait began.)
            await PageActions.ClickUntilAt(page, page.GetByRole(AriaRole.Link, new() { Name = "中文", Exact = true }), "/publications/?lang=zh");
            Assert.Equal("zh", await page.Locator("html").GetAttributeAsync("lang"));
            Assert.Equal(ResearchCatalog.Publications.Select(p => Html.Collapse(p.Title.Zh)), (await titles.AllInnerTextsAsync()).Select(Html.Collapse));
            await Screenshot(page, "list-zh");

            // Back to English, then a detail page from the list.
            await PageActions.ClickUntilAt(page, page.GetByRole(AriaRole.Link, new() { Name = "English", Exact = true }), "/publications/?lang=en");
            Assert.True(ResearchCatalog.TryGet("xu2021small", out var xu));
            await PageActions.ClickUntilAt(page, page.Locator("li.publication[data-key='xu2021small'] h3 a"), "/publications/xu2021small");
            Assert.Equal(Html.Collapse(xu!.Title.En), Html.Collapse(await page.Locator("h1").InnerTextAsync()));
            Assert.Equal(Export.Format(xu, CitationStyle.Apa), await page.Locator("#citation-text").InputValueAsync());
            await Assertions.Expect(page.Locator("button[data-copy-target]")).ToBeVisibleAsync();
            Assert.Equal(1, await page.Locator("script[type='application/ld+json']").CountAsync());
            await Screenshot(page, "detail", fullPage: true);

            // The .bib download.
            var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("ul.downloads a[href$='.bib']").ClickAsync());
            Assert.Equal("xu2021small.bib", download.SuggestedFilename);
            var bib = await File.ReadAllTextAsync((await download.PathAsync())!);
            Assert.StartsWith("@article{xu2021small,", bib.TrimStart(), StringComparison.OrdinalIgnoreCase);

            Assert.True(errors.Count == 0, "Console errors:\n" + string.Join("\n", errors));
        }

        [BrowserFact]
        public async Task Hostile_content_runs_no_script_and_shows_as_text()
        {
            var (context, page) = await _fixture.NewPageAsync();
            await using var _ = context;
            var errors = PageActions.CollectErrors(page);
            var dialogs = new List<string>();
            page.Dialog += async (_, dialog) =>
            {
                dialogs.Add(dialog.Message);
                await dialog.DismissAsync();
            };

            foreach (var path in new[] { "/publications/", "/publications/?lang=zh", "/publications/" + TestContent.HostileKey })
            {
                await page.GotoAsync(_fixture.HostileUrl + path, new() { WaitUntil = WaitUntilState.Load });
                foreach (var details in await page.Locator("details").AllAsync())
                {
                    await details.Locator("summary").ClickAsync();
                }

                // Give any injected handler (onerror of a broken image, a timer) the time to run.
                await page.WaitForTimeoutAsync(500);

                Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__pwned"));
                Assert.Equal(0, await page.EvaluateAsync<int>("() => document.querySelectorAll('a[href^=\"javascript:\" i], [src^=\"javascript:\" i]').length"));
                Assert.True(
                    await page.EvaluateAsync<bool>("() => Array.from(document.links).every(a => a.protocol === 'http:' || a.protocol === 'https:')"),
                    "a link with a scheme other than http(s) exists");
                Assert.Equal(0, await page.EvaluateAsync<int>("() => document.images.length"));
                Assert.Equal(
                    new[] { "/js/site.js" },
                    await page.EvaluateAsync<string[]>("() => Array.from(document.scripts).filter(s => s.type !== 'application/ld+json').map(s => s.getAttribute('src'))"));
            }

            // The strings are shown literally on the detail page.
            Assert.Equal(TestContent.HostileTitle, Html.Collapse(await page.Locator("h1").InnerTextAsync()));
            Assert.Equal(Html.Collapse(TestContent.HostileCaption), Html.Collapse(await page.Locator("figure figcaption").First.InnerTextAsync()));
            Assert.Contains(TestContent.JavaScriptUrl, await page.Locator(".facts").InnerTextAsync(), StringComparison.Ordinal);

            Assert.Empty(dialogs);
            Assert.True(errors.Count == 0, "Console errors:\n" + string.Join("\n", errors));
        }

        private static async Task Screenshot(IPage page, string name, bool fullPage = false)
        {
            Directory.CreateDirectory(BrowserFixture.ScreenshotFolder);
            var path = Path.Combine(BrowserFixture.ScreenshotFolder, name + ".png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });

            // RESEARCHCONTENT_UPDATE_SCREENSHOTS=1 refreshes docs/screenshot-list.png and docs/screenshot-detail.png.
            if (Environment.GetEnvironmentVariable("RESEARCHCONTENT_UPDATE_SCREENSHOTS") == "1" && name is "list" or "detail")
            {
                var docs = RepositoryDocs();
                if (docs is not null)
                {
                    File.Copy(path, Path.Combine(docs, "screenshot-" + name + ".png"), overwrite: true);
                }
            }
        }

        private static string? RepositoryDocs()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ResearchContent.sln")))
                {
                    return Path.Combine(dir.FullName, "docs");
                }
            }

            return null;
        }
    }
}
