using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using System.Xml.Linq;
using ResearchContent.Site.Tests.Infrastructure;

namespace ResearchContent.Site.Tests
{
    /// <summary>
    /// <c>export OUT_DIR --base-path /lab-site/ --site-url …</c>, run once as a user runs it: every page in both
    /// languages, the downloads, the images and wwwroot, 404.html, robots.txt and sitemap.xml; links that stay in the
    /// base path; the same files every time.
    /// </summary>
    public sealed class StaticExportTests : IClassFixture<StaticExportFixture>
    {
        private const string Base = StaticExportFixture.BasePath;

        private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

        private readonly StaticExportFixture _export;

        public StaticExportTests(StaticExportFixture export) => _export = export;

        [Fact]
        public void Every_page_is_written_in_both_languages()
        {
            foreach (var (folder, lang) in new[] { (string.Empty, "en"), ("zh/", "zh") })
            {
                var list = Page(folder + "publications/index.html");
                Assert.Equal(lang, list.DocumentElement.GetAttribute("lang"));
                Assert.Equal(
                    ResearchCatalog.Publications.Select(p => Html.Collapse(p.Title.Get(lang))),
                    list.QuerySelectorAll("li.publication h3").Select(Html.Text));

                foreach (var publication in ResearchCatalog.Publications)
                {
                    var detail = Page(folder + "publications/" + publication.Key + "/index.html");
                    Assert.Equal(lang, detail.DocumentElement.GetAttribute("lang"));
                    Assert.Equal(Html.Collapse(publication.Title.Get(lang)), Html.Text(detail.QuerySelector("h1")!));
                    Assert.Equal(Base + folder + "publications/" + publication.Key + "/ieee/#cite", detail.QuerySelectorAll("nav.styles a").Last().GetAttribute("href"));
                    Assert.Equal("IEEE", Html.Text(Page(folder + "publications/" + publication.Key + "/ieee/index.html").QuerySelector("nav.styles a[aria-current]")!));
                }
            }

            // The root leads to the first page without a server.
            Assert.Equal("0; url=" + Base + "publications/", Page("index.html").QuerySelector("meta[http-equiv='refresh']")!.GetAttribute("content"));
            Assert.Equal("0; url=" + Base + "zh/publications/", Page("zh/index.html").QuerySelector("meta[http-equiv='refresh']")!.GetAttribute("content"));
        }

        [Fact]
        public async Task Every_paper_and_the_whole_list_are_written_as_the_site_serves_them()
        {
            using var site = new SiteFactory();
            var client = site.CreateClient();
            var count = ResearchCatalog.Publications.Count;
            foreach (var publication in ResearchCatalog.Publications)
            {
                var bib = await File.ReadAllTextAsync(FileOf("publications/" + publication.Key + ".bib"));
                Assert.StartsWith("@", bib, StringComparison.Ordinal);
                Assert.StartsWith("TY  - ", await File.ReadAllTextAsync(FileOf("publications/" + publication.Key + ".ris")), StringComparison.Ordinal);
                using var json = JsonDocument.Parse(await File.ReadAllBytesAsync(FileOf("publications/" + publication.Key + ".json")));
                Assert.Equal(publication.Key, json.RootElement.EnumerateArray().Single().GetProperty("id").GetString());

                foreach (var extension in new[] { "bib", "ris", "json" })
                {
                    var path = "publications/" + publication.Key + "." + extension;
                    Assert.Equal(await client.GetByteArrayAsync("/" + path), await File.ReadAllBytesAsync(FileOf(path)));
                }
            }

            Assert.Equal(await client.GetByteArrayAsync("/publications.bib"), await File.ReadAllBytesAsync(FileOf("publications.bib")));
            Assert.Equal(await client.GetByteArrayAsync("/publications.ris"), await File.ReadAllBytesAsync(FileOf("publications.ris")));
            Assert.Equal(await client.GetByteArrayAsync("/api/publications"), await File.ReadAllBytesAsync(FileOf("publications.json")));
            using var all = JsonDocument.Parse(await File.ReadAllBytesAsync(FileOf("publications.json")));
            Assert.Equal(count, all.RootElement.GetArrayLength());
        }

        [Fact]
        public void The_images_the_styles_and_the_favicon_are_written_as_files()
        {
            Assert.Equal(TestContent.Png, File.ReadAllBytes(FileOf("images/" + StaticExportFixture.ImageName)));
            Assert.Contains(
                Base + "images/" + StaticExportFixture.ImageName,
                Page("publications/index.html").QuerySelectorAll("main img").Select(img => img.GetAttribute("src")));

            Assert.True(File.Exists(FileOf("css/site.css")));
            Assert.True(File.Exists(FileOf("js/site.js")));
            Assert.True(File.Exists(FileOf("favicon.svg")));

            // The build's compressed copies are the live site's business, not a static host's.
            Assert.Empty(Directory.EnumerateFiles(_export.Folder, "*.gz", SearchOption.AllDirectories));
        }

        [Fact]
        public void Not_found_page_robots_and_a_sitemap_of_every_page_in_both_languages_are_written()
        {
            var notFound = Page("404.html");
            Assert.Equal("Not found", Html.Text(notFound.QuerySelector("h1")!));
            Assert.Equal(Base + "publications/", notFound.QuerySelector(".not-found a.button")!.GetAttribute("href"));

            var origin = StaticExportFixture.SiteUrl + Base;
            Assert.Contains("Sitemap: " + origin + "sitemap.xml\n", File.ReadAllText(FileOf("robots.txt")), StringComparison.Ordinal);

            var sitemap = XDocument.Parse(File.ReadAllText(FileOf("sitemap.xml")));
            Assert.Equal(Sitemap + "urlset", sitemap.Root!.Name);
            var pages = new[] { "publications/" }.Concat(ResearchCatalog.Publications.Select(p => "publications/" + p.Key + "/")).ToList();
            var expected = pages.Select(p => origin + p).Concat(pages.Select(p => origin + "zh/" + p)).OrderBy(u => u, StringComparer.Ordinal);
            Assert.Equal(expected, sitemap.Root.Elements(Sitemap + "url").Select(u => (string)u.Element(Sitemap + "loc")!).OrderBy(u => u, StringComparer.Ordinal));
        }

        [Fact]
        public void Every_page_links_inside_the_base_path_without_queries_and_carries_the_policies()
        {
            var pages = Directory.EnumerateFiles(_export.Folder, "*.html", SearchOption.AllDirectories).ToList();
            Assert.True(pages.Count >= 2 + (4 * ResearchCatalog.Publications.Count), "too few pages: " + pages.Count);
            foreach (var file in pages)
            {
                var document = Html.Parse(File.ReadAllText(file));
                Assert.Equal(SiteDefaults.MetaContentSecurityPolicy, document.QuerySelector("meta[http-equiv='Content-Security-Policy']")?.GetAttribute("content"));
                Assert.Equal(SiteDefaults.ReferrerPolicy, Html.Meta(document, "referrer"));

                foreach (var link in document.QuerySelectorAll("a[href], link[href], img[src], script[src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!))
                {
                    if (link.StartsWith('#') || (link.StartsWith("https://", StringComparison.Ordinal) && !link.StartsWith(StaticExportFixture.SiteUrl, StringComparison.Ordinal)))
                    {
                        continue;
                    }

                    var path = link.StartsWith(StaticExportFixture.SiteUrl, StringComparison.Ordinal) ? link.Substring(StaticExportFixture.SiteUrl.Length) : link;
                    Assert.True(path.StartsWith(Base, StringComparison.Ordinal), $"{file}: {link} leaves {Base}");
                    Assert.DoesNotContain('?', path);
                }
            }
        }

        [Fact]
        public async Task Exporting_again_writes_the_same_files()
        {
            var again = Path.Combine(Path.GetTempPath(), "rc-static-export-again-" + Guid.NewGuid().ToString("N"));
            try
            {
                var (exitCode, output) = await _export.ExportAsync(again);
                Assert.True(exitCode == 0, output);

                var first = Files(_export.Folder);
                Assert.Equal(first, Files(again));
                foreach (var file in first)
                {
                    Assert.True(
                        File.ReadAllBytes(Path.Combine(_export.Folder, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(again, file))),
                        file + " differs between two exports");
                }
            }
            finally
            {
                Directory.Delete(again, recursive: true);
            }
        }

        [Fact]
        public async Task Without_a_site_url_the_site_is_exported_to_the_root_with_site_relative_addresses_and_no_sitemap()
        {
            var folder = Path.Combine(Path.GetTempPath(), "rc-static-export-root-" + Guid.NewGuid().ToString("N"));
            try
            {
                var (exitCode, output) = await SiteProcess.RunToExitAsync("export", folder);
                Assert.True(exitCode == 0, output);
                Assert.Contains("No --site-url", output, StringComparison.Ordinal);

                Assert.False(File.Exists(Path.Combine(folder, "sitemap.xml")));
                Assert.DoesNotContain("Sitemap:", File.ReadAllText(Path.Combine(folder, "robots.txt")), StringComparison.Ordinal);
                var key = ResearchCatalog.Publications[0].Key;
                var detail = Html.Parse(File.ReadAllText(Path.Combine(folder, "zh", "publications", key, "index.html")));
                Assert.Equal("/publications/" + key + "/", detail.QuerySelector("link[rel='canonical']")!.GetAttribute("href"));
                Assert.Equal("/css/site.css", detail.QuerySelector("link[rel='stylesheet']")!.GetAttribute("href"));
                Assert.Equal("/publications/" + key + "/", detail.QuerySelector(".lang-switch a[hreflang='en']")!.GetAttribute("href"));
            }
            finally
            {
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
        }

        [Theory]
        [InlineData("--base-path", "/a/", "--site-url", "https://example.github.io/b/")]
        [InlineData("--site-url", "ftp://example.org")]
        [InlineData("--base-path", "/../")]
        [InlineData("--base-path")]
        public async Task A_wrong_option_is_refused_with_the_usage(params string[] options)
        {
            var folder = Path.Combine(Path.GetTempPath(), "rc-static-export-refused-" + Guid.NewGuid().ToString("N"));
            using var output = new StringWriter();
            using var error = new StringWriter();

            var exitCode = await StaticExport.StaticExportCommand.RunAsync(new[] { "export", folder }.Concat(options).ToArray(), output, error);

            Assert.Equal(2, exitCode);
            Assert.Contains("Usage: export OUT_DIR", error.ToString(), StringComparison.Ordinal);
            Assert.False(Directory.Exists(folder));
        }

        [Fact]
        public async Task A_folder_that_is_not_empty_is_left_as_it_is()
        {
            using var output = new StringWriter();
            using var error = new StringWriter();

            var exitCode = await StaticExport.StaticExportCommand.RunAsync(new[] { "export", _export.Images }, output, error);

            Assert.Equal(2, exitCode);
            Assert.Contains("is not empty", error.ToString(), StringComparison.Ordinal);
            Assert.Equal(new[] { StaticExportFixture.ImageName }, Directory.EnumerateFileSystemEntries(_export.Images).Select(Path.GetFileName));
        }

        [Fact]
        public void A_relative_folder_is_taken_from_the_shells_directory_as_dotnet_run_starts_the_site_in_its_project()
        {
            var shell = Path.GetTempPath();
            var project = AppContext.BaseDirectory;

            Assert.Equal(Path.Combine(shell, "_site"), StaticExport.StaticExportOptions.FullOutputFolder("_site", shell, project));
            Assert.Equal(Path.Combine(project, "_site"), StaticExport.StaticExportOptions.FullOutputFolder("_site", null, project));
            Assert.Equal(Path.Combine(project, "_site"), StaticExport.StaticExportOptions.FullOutputFolder("_site", "relative/pwd", project));
            Assert.Equal(Path.Combine(shell, "out"), StaticExport.StaticExportOptions.FullOutputFolder(Path.Combine(shell, "out"), "/elsewhere", project));
        }

        [Fact]
        public async Task Every_link_from_the_entry_page_resolves_on_a_plain_static_file_server()
        {
            var server = await _export.ServerAsync();
            using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });

            var crawl = await SiteCrawler.CrawlAsync(client, new Uri(server.Url + Base), Base, new Uri(StaticExportFixture.SiteUrl));

            Assert.Empty(crawl.Outside);
            var failed = crawl.Statuses.Where(s => s.Value != 200).Select(s => $"{s.Key} {s.Value} (linked from {crawl.Referrers[s.Key]})").ToList();
            Assert.True(failed.Count == 0, "Not served:\n" + string.Join("\n", failed));

            // Every page of the export is reached by links, and the downloads, images and styles with them; not the
            // files that hosts and crawlers ask for by name, nor the Chinese root, which readers type.
            var reached = crawl.Statuses.Keys.Select(u => u.AbsolutePath.EndsWith('/') ? u.AbsolutePath + "index.html" : u.AbsolutePath).ToHashSet();
            var unreached = Files(_export.Folder).Except(new[] { "404.html", "robots.txt", "sitemap.xml", "zh/index.html" })
                .Where(f => !reached.Contains(Base + f)).ToList();
            Assert.True(unreached.Count == 0, "No link leads to:\n" + string.Join("\n", unreached));
        }

        private static string[] Files(string folder) =>
            Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/'))
                .OrderBy(f => f, StringComparer.Ordinal)
                .ToArray();

        private string FileOf(string path) => Path.Combine(_export.Folder, path.Replace('/', Path.DirectorySeparatorChar));

        private AngleSharp.Html.Dom.IHtmlDocument Page(string path) => Html.Parse(File.ReadAllText(FileOf(path)));
    }
}
