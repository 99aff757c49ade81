using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ResearchContent.Site.Tests.Infrastructure;

namespace ResearchContent.Site.Tests
{
    /// <summary>Figures show the image when the file exists in the images folder, and a placeholder otherwise.</summary>
    public sealed class FigureTests : IDisposable
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "rc-site-images-" + Guid.NewGuid().ToString("N"));

        public FigureTests()
        {
            Directory.CreateDirectory(_folder);
            File.WriteAllBytes(Path.Combine(_folder, "zhangqi.png"), TestContent.Png);
            File.WriteAllText(Path.Combine(Path.GetDirectoryName(_folder)!, "secret-" + Path.GetFileName(_folder) + ".txt"), "secret");
        }

        public void Dispose()
        {
            Directory.Delete(_folder, recursive: true);
            File.Delete(Path.Combine(Path.GetDirectoryName(_folder)!, "secret-" + Path.GetFileName(_folder) + ".txt"));
        }

        [Fact]
        public async Task Existing_image_is_served_and_shown_with_alt_width_and_lazy_loading()
        {
            using var root = new SiteFactory();
            using var factory = root.WithSetting("ResearchContent:ImagesPath", _folder);
            var client = factory.CreateClient();

            var document = await Html.GetAsync(client, "/publications/");

            var image = Assert.Single(document.QuerySelectorAll("main img"));
            Assert.Equal("/images/zhangqi.png", image.GetAttribute("src"));
            Assert.Equal("softwareTitleEn", image.GetAttribute("alt"));
            Assert.Equal("900", image.GetAttribute("width"));
            Assert.Equal("lazy", image.GetAttribute("loading"));
            Assert.Equal("zhang2021selective", image.Closest("li.publication")!.GetAttribute("data-key"));
            Assert.Equal(3, document.QuerySelectorAll("figure.figure--missing").Length);

            using var response = await client.GetAsync("/images/zhangqi.png");
            Assert.Equal(200, (int)response.StatusCode);
            Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(TestContent.Png, await response.Content.ReadAsByteArrayAsync());
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());

            var detail = await Html.GetAsync(client, "/publications/zhang2021selective");
            Assert.Equal("http://localhost/images/zhangqi.png", Html.Meta(detail, "og:image"));
            Assert.Equal("http://localhost/images/zhangqi.png", DetailPageTests.JsonLd(detail).GetProperty("image")[0].GetString());
        }

        [Fact]
        public async Task Images_folder_does_not_serve_files_outside_it()
        {
            using var root = new SiteFactory();
            using var factory = root.WithSetting("ResearchContent:ImagesPath", _folder);
            var client = factory.CreateClient();

            using var response = await client.GetAsync("/images/..%2Fsecret-" + Path.GetFileName(_folder) + ".txt");

            Assert.NotEqual(200, (int)response.StatusCode);
        }

        [Fact]
        public async Task Figures_without_a_served_file_are_placeholders()
        {
            using var root = new SiteFactory();
            using var factory = root.WithPages(TestContent.HostilePages()).WithSetting("ResearchContent:ImagesPath", _folder);

            var document = await Html.GetAsync(factory.CreateClient(), "/publications/" + TestContent.HostileKey);

            Assert.Empty(document.QuerySelectorAll("img"));
            Assert.Equal(2, document.QuerySelectorAll("figure.figure--missing").Length);
        }
    }
}
