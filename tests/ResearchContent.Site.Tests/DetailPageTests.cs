using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using AngleSharp.Dom;
using ResearchContent.Site.Tests.Infrastructure;

namespace ResearchContent.Site.Tests
{
    /// <summary>Detail pages: content, citation, downloads, Highwire and Open Graph tags, JSON-LD, and the 404 page.</summary>
    public sealed class DetailPageTests : IClassFixture<SiteFactory>
    {
        private readonly SiteFactory _factory;

        public DetailPageTests(SiteFactory factory) => _factory = factory;

        [Theory]
        [InlineData("zhang2021selective")]
        [InlineData("xu2021small")]
        [InlineData("luo2021deriving")]
        [InlineData("wang2020space")]
        public async Task Reference_detail_page_has_highwire_tags_from_the_catalog(string key)
        {
            Assert.True(ResearchCatalog.TryGet(key, out var publication));
            var document = await Html.GetAsync(_factory.CreateClient(), "/publications/" + key);

            Assert.Equal(publication!.Title.En, Html.Meta(document, "citation_title"));
            Assert.Equal((publication.Citation.Year ?? publication.Year).ToString(System.Globalization.CultureInfo.InvariantCulture), Html.Meta(document, "citation_publication_date"));
            Assert.Equal(publication.Citation.Doi, Html.Meta(document, "citation_doi"));
            Assert.Equal(publication.Citation.Authors.Select(a => a.Given.Length == 0 ? a.Family : a.Family + ", " + a.Given), Html.MetaAll(document, "citation_author"));
            Assert.Equal(publication.Citation.Container, Html.Meta(document, "citation_journal_title"));
            Assert.Equal(publication.Citation.Volume, Html.Meta(document, "citation_volume"));
        }

        [Fact]
        public async Task Reference_detail_page_has_known_values()
        {
            var document = await Html.GetAsync(_factory.CreateClient(), "/publications/xu2021small");

            Assert.Equal(
                "Small Fractures Caused by the 2019 Ridgecrest Earthquake Sequence: Insights from 3D coseismic displacement and uniaxial loading rock experiments",
                Html.Text(document.QuerySelector("h1")!));
            Assert.Equal("由2019年Ridgecrest地震序列引起的地表小裂隙:基于三维同震位移和单轴加载岩石实验的研究", Html.Text(document.QuerySelector(".paper__subtitle")!));
            Assert.Equal("zh", document.QuerySelector(".paper__subtitle")!.GetAttribute("lang"));
            Assert.Equal("2021", Html.Meta(document, "citation_publication_date"));
            Assert.Equal("10.3389/feart.2021.672809", Html.Meta(document, "citation_doi"));
            Assert.Equal("article", Html.Meta(document, "og:type"));
            Assert.EndsWith("/publications/xu2021small", Html.Meta(document, "og:url"), System.StringComparison.Ordinal);
            Assert.Equal("https://doi.org/10.3389/feart.2021.672809", document.QuerySelector(".facts a[href^='https://doi.org/']")!.GetAttribute("href"));

            var jsonLd = JsonLd(document);
            Assert.Equal("ScholarlyArticle", jsonLd.GetProperty("@type").GetString());
            Assert.Equal("https://schema.org", jsonLd.GetProperty("@context").GetString());
            Assert.Equal(Html.Text(document.QuerySelector("h1")!), jsonLd.GetProperty("headline").GetString());
            Assert.Equal("2021", jsonLd.GetProperty("datePublished").GetString());
            Assert.Equal("10.3389/feart.2021.672809", jsonLd.GetProperty("doi").GetString());
            Assert.Contains("https://doi.org/10.3389/feart.2021.672809", jsonLd.GetProperty("sameAs").EnumerateArray().Select(e => e.GetString()));
            Assert.StartsWith("The moment magnitude", jsonLd.GetProperty("abstract").GetString(), System.StringComparison.Ordinal);
        }

        [Fact]
        public async Task Detail_page_metadata_is_checked_field_by_field()
        {
            using var root = new SiteFactory();
            using var factory = root.WithPages(TestContent.SamplePages());
            var document = await Html.GetAsync(factory.CreateClient(), "/publications/" + TestContent.SampleKey);

            Assert.Equal("Space imaging geodesy reveals block rotation", Html.Meta(document, "citation_title"));
            Assert.Equal(new[] { "Wang, T.", "Jiao, L.", "Wei, S." }, Html.MetaAll(document, "citation_author"));
            Assert.Equal("2020", Html.Meta(document, "citation_publication_date"));
            Assert.Equal("Geophysical Research Letters", Html.Meta(document, "citation_journal_title"));
            Assert.Equal("47", Html.Meta(document, "citation_volume"));
            Assert.Equal("18", Html.Meta(document, "citation_issue"));
            Assert.Equal("8537", Html.Meta(document, "citation_firstpage"));
            Assert.Equal("8551", Html.Meta(document, "citation_lastpage"));
            Assert.Equal("10.1029/2020GL090206", Html.Meta(document, "citation_doi"));

            Assert.Equal("article", Html.Meta(document, "og:type"));
            Assert.Equal("Space imaging geodesy reveals block rotation", Html.Meta(document, "og:title"));
            Assert.Equal("http://localhost/publications/" + TestContent.SampleKey, Html.Meta(document, "og:url"));
            Assert.Equal("First paragraph. Second paragraph.", Html.Meta(document, "og:description"));
            Assert.Equal("Sample", Html.Meta(document, "og:site_name"));
            Assert.Equal("en_US", Html.Meta(document, "og:locale"));
            Assert.Equal("http://localhost/publications/" + TestContent.SampleKey, document.QuerySelector("link[rel='canonical']")!.GetAttribute("href"));

            var jsonLd = JsonLd(document);
            Assert.Equal("https://schema.org", jsonLd.GetProperty("@context").GetString());
            Assert.Equal("ScholarlyArticle", jsonLd.GetProperty("@type").GetString());
            Assert.Equal("Space imaging geodesy reveals block rotation", jsonLd.GetProperty("headline").GetString());
            Assert.Equal("空间影像大地测量揭示块体旋转", jsonLd.GetProperty("alternativeHeadline").GetProperty("@value").GetString());
            Assert.Equal("2020", jsonLd.GetProperty("datePublished").GetString());
            Assert.Equal("10.1029/2020GL090206", jsonLd.GetProperty("doi").GetString());
            Assert.Equal("First paragraph.\n\nSecond paragraph.", jsonLd.GetProperty("abstract").GetString());
            Assert.Equal("8537", jsonLd.GetProperty("pageStart").GetString());
            Assert.Equal("8551", jsonLd.GetProperty("pageEnd").GetString());
            var authors = jsonLd.GetProperty("author").EnumerateArray().ToList();
            Assert.Equal(new[] { "Wang", "Jiao", "Wei" }, authors.Select(a => a.GetProperty("familyName").GetString()));
            Assert.Equal(new[] { "T.", "L.", "S." }, authors.Select(a => a.GetProperty("givenName").GetString()));
            Assert.All(authors, a => Assert.Equal("Person", a.GetProperty("@type").GetString()));
            var issue = jsonLd.GetProperty("isPartOf");
            Assert.Equal("PublicationIssue", issue.GetProperty("@type").GetString());
            Assert.Equal("18", issue.GetProperty("issueNumber").GetString());
            var volume = issue.GetProperty("isPartOf");
            Assert.Equal("PublicationVolume", volume.GetProperty("@type").GetString());
            Assert.Equal("47", volume.GetProperty("volumeNumber").GetString());
            Assert.Equal("Periodical", volume.GetProperty("isPartOf").GetProperty("@type").GetString());
            Assert.Equal("Geophysical Research Letters", volume.GetProperty("isPartOf").GetProperty("name").GetString());
            Assert.Equal(new[] { "https://doi.org/10.1029/2020GL090206" }, jsonLd.GetProperty("sameAs").EnumerateArray().Select(e => e.GetString()));
        }

        [Fact]
        public async Task Detail_page_shows_everything_with_a_copyable_citation_and_downloads()
        {
            using var root = new SiteFactory();
            using var factory = root.WithPages(TestContent.SamplePages());
            var client = factory.CreateClient();
            var sample = TestContent.Sample();

            var document = await Html.GetAsync(client, "/publications/" + TestContent.SampleKey);

            Assert.Equal("Space imaging geodesy reveals block rotation", Html.Text(document.QuerySelector("h1")!));
            Assert.Equal(new[] { "First paragraph.", "Second paragraph." }, document.QuerySelectorAll("#abstract-heading ~ .abstract p").Select(Html.Text));
            Assert.Equal("Block rotation.", Html.Text(document.QuerySelector("figure figcaption")!));
            Assert.Equal(3, document.QuerySelectorAll("header p.authors .author").Length);
            Assert.Equal(Export.Format(sample, CitationStyle.Apa), document.QuerySelector("textarea#citation-text")!.TextContent);
            Assert.True(document.QuerySelector("textarea#citation-text")!.HasAttribute("readonly"));
            Assert.NotNull(document.QuerySelector("button[data-copy-target='citation-text']"));
            Assert.Equal(
                new[] { "/publications/wang2020sample.bib", "/publications/wang2020sample.ris", "/publications/wang2020sample.json" },
                document.QuerySelectorAll("ul.downloads a").Select(a => a.GetAttribute("href")));
            Assert.Equal("/publications/#wang2020sample", document.QuerySelector("nav.breadcrumb a")!.GetAttribute("href"));
            ListPageTests.AssertHeadingsInOrder(document);

            var ieee = await Html.GetAsync(client, "/publications/" + TestContent.SampleKey + "?style=ieee");
            Assert.Equal(Export.Format(sample, CitationStyle.Ieee), ieee.QuerySelector("textarea#citation-text")!.TextContent);
            Assert.Equal("IEEE", Html.Text(ieee.QuerySelector("nav.styles a[aria-current='true']")!));

            var agu = await Html.GetAsync(client, "/publications/" + TestContent.SampleKey + "?style=agu&lang=zh");
            Assert.Equal(Export.Format(sample, CitationStyle.Agu), agu.QuerySelector("textarea#citation-text")!.TextContent);
            Assert.Equal("zh", agu.DocumentElement.GetAttribute("lang"));
            Assert.Equal("空间影像大地测量揭示块体旋转", Html.Text(agu.QuerySelector("h1")!));
            Assert.Equal("zh", agu.QuerySelector("h1")!.GetAttribute("lang"));
            Assert.Equal("Space imaging geodesy reveals block rotation", Html.Text(agu.QuerySelector(".paper__subtitle")!));
            Assert.Equal("en", agu.QuerySelector(".paper__subtitle")!.GetAttribute("lang"));
            Assert.Equal("块体旋转。", Html.Text(agu.QuerySelector("figure figcaption")!));
        }

        [Fact]
        public async Task Unknown_key_is_a_helpful_404_page()
        {
            var document = await Html.GetAsync(_factory.CreateClient(), "/publications/xu2021smal", 404);

            Assert.Equal("Not found", Html.Text(document.QuerySelector("h1")!));
            Assert.Contains("xu2021smal", Html.Text(document.QuerySelector("main")!), System.StringComparison.Ordinal);
            Assert.Contains("/publications/xu2021small", document.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")));
            Assert.Contains("/publications/", document.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")));
            Assert.Empty(document.QuerySelectorAll("script[type='application/ld+json']"));
            Assert.Null(Html.Meta(document, "citation_title"));

            var chinese = await Html.GetAsync(_factory.CreateClient(), "/publications/nothing?lang=zh", 404);
            Assert.Equal("未找到", Html.Text(chinese.QuerySelector("h1")!));
            Assert.Equal("zh", chinese.DocumentElement.GetAttribute("lang"));
        }

        [Fact]
        public async Task Keys_are_matched_case_insensitively()
        {
            var document = await Html.GetAsync(_factory.CreateClient(), "/publications/XU2021SMALL");

            Assert.Equal("10.3389/feart.2021.672809", Html.Meta(document, "citation_doi"));
        }

        internal static JsonElement JsonLd(IDocument document)
        {
            var script = Assert.Single(document.QuerySelectorAll("script[type='application/ld+json']"));
            using var json = JsonDocument.Parse(script.TextContent);
            return json.RootElement.Clone();
        }
    }
}
