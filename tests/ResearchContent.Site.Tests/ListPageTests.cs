using System.Linq;
using System.Threading.Tasks;
using AngleSharp.Dom;
using ResearchContent.Site.Tests.Infrastructure;

namespace ResearchContent.Site.Tests
{
    /// <summary>The publications page of the compiled catalog, parsed.</summary>
    public sealed class ListPageTests : IClassFixture<SiteFactory>
    {
        private static readonly string[] ReferenceKeys = { "zhang2021selective", "xu2021small", "luo2021deriving", "wang2020space" };

        private readonly SiteFactory _factory;

        public ListPageTests(SiteFactory factory) => _factory = factory;

        [Fact]
        public async Task Lists_the_four_publications_grouped_by_year_newest_first()
        {
            var document = await Html.GetAsync(_factory.CreateClient(), "/publications/");

            Assert.Equal("en", document.DocumentElement.GetAttribute("lang"));
            Assert.Equal(new[] { "2021", "2020" }, document.QuerySelectorAll("section.year > h2").Select(Html.Text));
            Assert.Equal(ReferenceKeys, document.QuerySelectorAll("li.publication").Select(e => e.GetAttribute("data-key")));

            var years = document.QuerySelectorAll("section.year").ToList();
            Assert.Equal(3, years[0].QuerySelectorAll("li.publication").Length);
            Assert.Equal(new[] { "2021-#3", "2021-#2", "2021-#1" }, years[0].QuerySelectorAll(".badge--label").Select(Html.Text));
            Assert.Equal("2020-#1", Html.Text(years[1].QuerySelector(".badge--label")!));
        }

        [Fact]
        public async Task Each_entry_has_title_citation_links_abstract_disclosure_and_figures()
        {
            var document = await Html.GetAsync(_factory.CreateClient(), "/publications/");

            foreach (var publication in ResearchCatalog.Publications)
            {
                var entry = document.QuerySelector($"li.publication[data-key='{publication.Key}']")!;
                Assert.NotNull(entry);

                var title = entry.QuerySelector("h3.publication__title")!;
                Assert.Equal(Html.Collapse(publication.Title.En), Html.Text(title));
                Assert.Equal("en", title.GetAttribute("lang"));
                Assert.Equal("/publications/" + publication.Key, title.QuerySelector("a")!.GetAttribute("href"));

                Assert.Equal(Html.Collapse(publication.Citation.Text), Html.Text(entry.QuerySelector(".publication__citation")!));

                var details = entry.QuerySelector("details.publication__abstract")!;
                Assert.False(details.HasAttribute("open"));
                Assert.Equal("Abstract", Html.Text(details.QuerySelector("summary")!));
                var paragraphs = details.QuerySelectorAll(".abstract p").Select(Html.Text).ToList();
                Assert.NotEmpty(paragraphs);
                Assert.StartsWith(paragraphs[0], Html.Collapse(publication.Abstract.En), System.StringComparison.Ordinal);

                var figures = entry.QuerySelectorAll("figure");
                Assert.Equal(publication.Figures.Count, figures.Length);
                for (var i = 0; i < figures.Length; i++)
                {
                    var caption = figures[i].QuerySelector("figcaption")!;
                    Assert.Equal(Html.Collapse(publication.Figures[i].Caption.En), Html.Text(caption));
                    Assert.Equal("en", caption.GetAttribute("lang"));
                }

                var authors = entry.QuerySelector("p.authors");
                if (publication.Citation.Authors.Count == 0)
                {
                    Assert.Null(authors);
                }
                else
                {
                    Assert.Equal(publication.Citation.Authors.Count, authors!.QuerySelectorAll(".author").Length);
                }
            }
        }

        [Fact]
        public async Task Doi_links_go_to_doi_org_and_other_links_to_the_publisher()
        {
            var document = await Html.GetAsync(_factory.CreateClient(), "/publications/");

            string[] Links(string key) => document.QuerySelectorAll($"li.publication[data-key='{key}'] .publication__links a")
                .Select(a => a.GetAttribute("href")!).ToArray();

            Assert.Contains("https://doi.org/10.3389/feart.2021.672809", Links("xu2021small"));
            Assert.Contains("https://doi.org/10.3389/feart.2021.636398", Links("luo2021deriving"));
            Assert.Contains("https://doi.org/10.1029/2020GL090206", Links("wang2020space"));
            Assert.Contains("https://ieeexplore.ieee.org/document/9516966", Links("zhang2021selective"));
            Assert.Contains("/publications/xu2021small.bib", Links("xu2021small"));
        }

        [Fact]
        public async Task Missing_images_are_placeholders_with_the_caption_never_broken_images()
        {
            var document = await Html.GetAsync(_factory.CreateClient(), "/publications/");

            Assert.Empty(document.QuerySelectorAll("main img"));
            var placeholders = document.QuerySelectorAll("figure.figure--missing");
            Assert.Equal(4, placeholders.Length);
            foreach (var figure in placeholders)
            {
                Assert.Contains("Image missing", Html.Text(figure.QuerySelector(".figure__placeholder")!), System.StringComparison.Ordinal);
                Assert.Equal("img", figure.QuerySelector(".figure__placeholder")!.GetAttribute("role"));
                Assert.NotEmpty(Html.Text(figure.QuerySelector("figcaption")!));
            }

            Assert.Contains("zhangqi.png", Html.Text(placeholders[0]), System.StringComparison.Ordinal);
        }

        [Fact]
        public async Task Chinese_switch_changes_titles_abstracts_captions_and_lang_attributes()
        {
            var document = await Html.GetAsync(_factory.CreateClient(), "/publications/?lang=zh");

            Assert.Equal("zh", document.DocumentElement.GetAttribute("lang"));
            foreach (var publication in ResearchCatalog.Publications)
            {
                var entry = document.QuerySelector($"li.publication[data-key='{publication.Key}']")!;
                var title = entry.QuerySelector("h3.publication__title")!;
                Assert.Equal(Html.Collapse(publication.Title.Zh), Html.Text(title));
                Assert.Equal("zh", title.GetAttribute("lang"));
                Assert.Equal("/publications/" + publication.Key + "?lang=zh", title.QuerySelector("a")!.GetAttribute("href"));

                var abstractBlock = entry.QuerySelector("details .abstract")!;
                Assert.Equal("zh", abstractBlock.GetAttribute("lang"));
                Assert.Equal("摘要", Html.Text(entry.QuerySelector("details summary")!));

                var caption = entry.QuerySelector("figcaption")!;
                Assert.Equal(Html.Collapse(publication.Figures[0].Caption.Zh), Html.Text(caption));
                Assert.Equal("zh", caption.GetAttribute("lang"));
            }
        }

        [Fact]
        public async Task Language_switch_is_a_pair_of_plain_links()
        {
            var english = await Html.GetAsync(_factory.CreateClient(), "/publications/");
            var switchLinks = english.QuerySelectorAll("nav.lang-switch a").ToList();

            Assert.Equal(new[] { "English", "中文" }, switchLinks.Select(Html.Text));
            Assert.Equal(new[] { "en", "zh" }, switchLinks.Select(a => a.GetAttribute("lang")));
            Assert.Equal("/publications/?lang=zh", switchLinks[1].GetAttribute("href"));
            Assert.Equal("true", switchLinks[0].GetAttribute("aria-current"));

            var chinese = await Html.GetAsync(_factory.CreateClient(), switchLinks[1].GetAttribute("href")!);
            var chineseLinks = chinese.QuerySelectorAll("nav.lang-switch a").ToList();
            Assert.Equal("true", chineseLinks[1].GetAttribute("aria-current"));
            Assert.Equal("/publications/?lang=en", chineseLinks[0].GetAttribute("href"));
        }

        [Fact]
        public async Task Missing_language_falls_back_to_the_other_with_its_lang_attribute()
        {
            using var root = new SiteFactory();
            using var factory = root.WithPages(TestContent.OneLanguagePages());
            var client = factory.CreateClient();

            var chinese = await Html.GetAsync(client, "/publications/?lang=zh");
            var englishOnly = chinese.QuerySelector("li[data-key='english2022only']")!;
            Assert.Equal("Only in English", Html.Text(englishOnly.QuerySelector("h3")!));
            Assert.Equal("en", englishOnly.QuerySelector("h3")!.GetAttribute("lang"));
            Assert.Equal("en", englishOnly.QuerySelector(".abstract")!.GetAttribute("lang"));
            Assert.Equal("English caption", Html.Text(englishOnly.QuerySelector("figcaption")!));
            Assert.Equal("en", englishOnly.QuerySelector("figcaption")!.GetAttribute("lang"));

            var english = await Html.GetAsync(client, "/publications/");
            var chineseOnly = english.QuerySelector("li[data-key='chinese2022only']")!;
            Assert.Equal("只有中文", Html.Text(chineseOnly.QuerySelector("h3")!));
            Assert.Equal("zh", chineseOnly.QuerySelector("h3")!.GetAttribute("lang"));
            Assert.Equal("zh", chineseOnly.QuerySelector(".abstract")!.GetAttribute("lang"));
            Assert.Equal("zh", chineseOnly.QuerySelector("figcaption")!.GetAttribute("lang"));
            Assert.Equal("中文作者 (2022). 只有中文.", Html.Text(chineseOnly.QuerySelector(".publication__citation")!));
            Assert.Equal("zh", chineseOnly.QuerySelector(".publication__citation")!.GetAttribute("lang"));
        }

        [Fact]
        public async Task Authors_come_from_the_citation_with_the_corresponding_author_marked()
        {
            using var root = new SiteFactory();
            using var factory = root.WithPages(TestContent.SamplePages());

            var document = await Html.GetAsync(factory.CreateClient(), "/publications/");

            var authors = document.QuerySelectorAll("p.authors .author").ToList();
            Assert.Equal(3, authors.Count);
            Assert.StartsWith("T. Wang*", Html.Text(authors[0]), System.StringComparison.Ordinal);
            Assert.Contains("corresponding author", Html.Text(authors[0]), System.StringComparison.Ordinal);
            Assert.Equal("L. Jiao", Html.Text(authors[1]));
            Assert.Equal("S. Wei", Html.Text(authors[2]));
        }

        [Fact]
        public async Task Headings_are_in_order_and_content_is_skippable()
        {
            var document = await Html.GetAsync(_factory.CreateClient(), "/publications/");

            AssertHeadingsInOrder(document);
            var skip = document.QuerySelector("a.skip-link")!;
            Assert.Equal("#main", skip.GetAttribute("href"));
            Assert.NotNull(document.GetElementById("main"));
            Assert.Same(skip, document.Body!.QuerySelector("a"));
        }

        internal static void AssertHeadingsInOrder(IDocument document)
        {
            var levels = document.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.LocalName[1] - '0').ToList();
            Assert.Equal(1, levels[0]);
            Assert.Equal(1, levels.Count(l => l == 1));
            for (var i = 1; i < levels.Count; i++)
            {
                Assert.True(levels[i] <= levels[i - 1] + 1, $"heading h{levels[i]} follows h{levels[i - 1]}");
            }
        }
    }
}
