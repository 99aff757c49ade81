using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using AngleSharp.Dom;
using ResearchContent.Site.Tests.Infrastructure;

namespace ResearchContent.Site.Tests
{
    /// <summary>
    /// Works other than journal articles, notes and further links: the list shows the links, the detail page the kind
    /// in plain words, its container under the right name, the note and the links, and the metadata names the kind.
    /// </summary>
    public sealed class KindAndLinkTests : IDisposable
    {
        private const string Thesis = TestContent.ThesisKey;
        private const string University = "Southern University of Science and Technology";
        private const string Proceedings = "IEEE International Geoscience and Remote Sensing Symposium";
        private const string Book = "Geodetic Imaging of Active Faults";
        private const string Institution = "U.S. Geological Survey";

        private static readonly string[] ContainerTags =
        {
            "citation_journal_title", "citation_conference_title", "citation_inbook_title",
            "citation_dissertation_institution", "citation_technical_report_institution",
        };

        private readonly SiteFactory _root = new();
        private readonly Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> _factory;

        public KindAndLinkTests() => _factory = _root.WithPages(TestContent.OtherKindPages());

        public void Dispose()
        {
            _factory.Dispose();
            _root.Dispose();
        }

        [Fact]
        public async Task The_list_filters_by_kind_and_keeps_the_language()
        {
            var all = await Html.GetAsync(_factory.CreateClient(), "/publications/?lang=zh");
            var filters = all.QuerySelectorAll(".kind-filter a").ToList();
            Assert.Contains(filters, a => a.GetAttribute("href") == "/publications/?lang=zh&kind=thesis" && Html.Text(a).StartsWith("学位论文 (1)", StringComparison.Ordinal));
            Assert.Equal("page", filters[0].GetAttribute("aria-current"));

            var theses = await Html.GetAsync(_factory.CreateClient(), "/publications/?kind=thesis");
            Assert.Equal(new[] { Thesis }, theses.QuerySelectorAll("li.publication").Select(e => e.GetAttribute("data-key")));
            Assert.Equal("page", theses.QuerySelectorAll(".kind-filter a").Single(a => a.GetAttribute("href") == "/publications/?kind=thesis").GetAttribute("aria-current"));

            // An unknown kind shows every kind, rather than an empty page.
            var unknown = await Html.GetAsync(_factory.CreateClient(), "/publications/?kind=poem");
            Assert.Equal(all.QuerySelectorAll("li.publication").Length, unknown.QuerySelectorAll("li.publication").Length);
        }

        [Fact]
        public async Task The_list_shows_further_links_after_the_publisher_and_only_http_ones()
        {
            var document = await Html.GetAsync(_factory.CreateClient(), "/publications/");
            var entry = document.QuerySelector($"li.publication[data-key='{Thesis}']")!;
            var anchors = entry.QuerySelectorAll(".publication__links a").ToList();

            Assert.Equal(
                new[]
                {
                    "https://example.org/" + Thesis, "https://example.org/theses/zhang2022.pdf", "/files/zhang2022.pdf", "https://github.com/example/decorrelation",
                    "/publications/" + Thesis, "/publications/" + Thesis + ".bib",
                },
                anchors.Select(a => a.GetAttribute("href")));
            var pdf = anchors[1];
            Assert.Equal("PDF: Deep learning for InSAR decorrelation masks", Html.Text(pdf));
            Assert.Equal("noopener", pdf.GetAttribute("rel"));
            Assert.Equal("en", pdf.GetAttribute("lang"));
            Assert.Equal("zh", anchors[3].GetAttribute("lang"));
            Assert.StartsWith("代码:", Html.Text(anchors[3]), StringComparison.Ordinal);

            // A file on the group's own site is linked by its path; a javascript: or page-relative address is no link, and its
            // text is not shown either.
            Assert.StartsWith("Local copy", Html.Text(anchors[2]), StringComparison.Ordinal);
            Assert.DoesNotContain("Slides", Html.Text(entry), StringComparison.Ordinal);
            Assert.DoesNotContain("Relative copy", Html.Text(entry), StringComparison.Ordinal);
            HostileContentTests.AssertNoInjectedMarkup(document);
        }

        [Fact]
        public async Task A_publication_without_further_links_lists_only_its_own()
        {
            var document = await Html.GetAsync(_factory.CreateClient(), "/publications/");

            Assert.Equal(
                new[] { "https://example.org/" + TestContent.ChapterKey, "/publications/" + TestContent.ChapterKey, "/publications/" + TestContent.ChapterKey + ".bib" },
                document.QuerySelectorAll($"li.publication[data-key='{TestContent.ChapterKey}'] .publication__links a").Select(a => a.GetAttribute("href")));
        }

        [Theory]
        [InlineData(Thesis, "en", "Thesis", "University", University)]
        [InlineData(Thesis, "zh", "学位论文", "学位授予单位", University)]
        [InlineData(TestContent.ConferenceKey, "en", "Conference paper", "Proceedings", Proceedings + ", 45–67")]
        [InlineData(TestContent.ConferenceKey, "zh", "会议论文", "会议论文集", Proceedings + ", 45–67")]
        [InlineData(TestContent.ChapterKey, "en", "Book chapter", "Book", Book + ", 45–67")]
        [InlineData(TestContent.ChapterKey, "zh", "图书章节", "所属图书", Book + ", 45–67")]
        [InlineData(TestContent.ReportKey, "en", "Report", "Institution", Institution)]
        [InlineData(TestContent.ReportKey, "zh", "报告", "发布机构", Institution)]
        [InlineData(TestContent.BookKey, "en", "Book", null, null)]
        [InlineData(TestContent.BookKey, "zh", "专著", null, null)]
        public async Task Detail_page_names_the_kind_and_its_container_in_plain_words(string key, string lang, string kind, string? label, string? container)
        {
            var document = await Html.GetAsync(_factory.CreateClient(), "/publications/" + key + "?lang=" + lang);
            var facts = Facts(document);

            var kindValue = Assert.Single(facts[lang == "zh" ? "类型" : "Type"]);
            Assert.Equal(kind, Html.Text(kindValue));
            Assert.Equal(lang, Html.LangOf(kindValue));
            Assert.DoesNotContain(lang == "zh" ? "期刊" : "Journal", facts.Keys);
            if (label is null)
            {
                Assert.Equal(new[] { "Year", "Type", "Publisher's page", "Entry" }.Select(k => Word(k, lang)), facts.Keys);
                return;
            }

            var value = Assert.Single(facts[label]);
            Assert.Equal(container, Html.Text(value));
            Assert.Equal("en", value.GetAttribute("lang"));

            // A university or institution is no title of a work.
            Assert.Equal(key is Thesis or TestContent.ReportKey ? null : container!.Split(',')[0], value.QuerySelector("cite")?.TextContent);
        }

        [Theory]
        [InlineData("en", "Note", "Links")]
        [InlineData("zh", "备注", "链接")]
        public async Task Detail_page_shows_the_note_and_the_further_links(string lang, string noteLabel, string linksLabel)
        {
            var document = await Html.GetAsync(_factory.CreateClient(), "/publications/" + Thesis + "?lang=" + lang);
            var facts = Facts(document);

            var note = Assert.Single(facts[noteLabel]);
            Assert.Equal("in Chinese", Html.Text(note));
            Assert.Equal("en", note.GetAttribute("lang"));
            var links = facts[linksLabel].Select(dd => Assert.Single(dd.QuerySelectorAll("a"))).ToList();
            Assert.Equal(new[] { "https://example.org/theses/zhang2022.pdf", "/files/zhang2022.pdf", "https://github.com/example/decorrelation" }, links.Select(a => a.GetAttribute("href")));
            Assert.Equal(new[] { "PDF", "Local copy", "代码" }, links.Select(Html.Text));
            Assert.Equal(new[] { "en", "en", "zh" }, links.Select(a => a.GetAttribute("lang")));
            Assert.All(links, a => Assert.Equal("noopener", a.GetAttribute("rel")));

            // The facts run in this order: the note and links after the addresses, the entry last.
            Assert.Equal(
                new[] { "Year", "Type", "University", "Publisher's page", "Links", "Note", "Entry" }.Select(k => Word(k, lang)),
                facts.Keys);
        }

        [Fact]
        public async Task A_journal_article_shows_no_type_note_or_links()
        {
            using var root = new SiteFactory();
            using var factory = root.WithPages(TestContent.SamplePages());
            var document = await Html.GetAsync(factory.CreateClient(), "/publications/" + TestContent.SampleKey);

            Assert.Equal(new[] { "Year", "Journal", "DOI", "Entry" }, Facts(document).Keys);
        }

        [Theory]
        [InlineData(Thesis, "citation_dissertation_institution", University)]
        [InlineData(TestContent.ConferenceKey, "citation_conference_title", Proceedings)]
        [InlineData(TestContent.ChapterKey, "citation_inbook_title", Book)]
        [InlineData(TestContent.ReportKey, "citation_technical_report_institution", Institution)]
        [InlineData(TestContent.BookKey, null, null)]
        public async Task Highwire_names_the_container_with_the_tag_of_the_kind(string key, string? tag, string? container)
        {
            var document = await Html.GetAsync(_factory.CreateClient(), "/publications/" + key);

            foreach (var name in ContainerTags)
            {
                Assert.Equal(name == tag ? container : null, Html.Meta(document, name));
            }
        }

        [Theory]
        [InlineData(Thesis, "Thesis")]
        [InlineData(TestContent.ConferenceKey, "ScholarlyArticle")]
        [InlineData(TestContent.ChapterKey, "Chapter")]
        [InlineData(TestContent.ReportKey, "Report")]
        [InlineData(TestContent.BookKey, "Book")]
        public async Task Json_ld_types_the_work_by_its_kind(string key, string type)
        {
            var jsonLd = DetailPageTests.JsonLd(await Html.GetAsync(_factory.CreateClient(), "/publications/" + key));

            Assert.Equal(type, jsonLd.GetProperty("@type").GetString());
            switch (type)
            {
                case "Thesis" or "Report":
                    Assert.Equal("Organization", jsonLd.GetProperty("publisher").GetProperty("@type").GetString());
                    Assert.Equal(type == "Thesis" ? University : Institution, jsonLd.GetProperty("publisher").GetProperty("name").GetString());
                    Assert.False(jsonLd.TryGetProperty("isPartOf", out _));
                    break;
                case "Book":
                    Assert.False(jsonLd.TryGetProperty("isPartOf", out _));
                    Assert.False(jsonLd.TryGetProperty("publisher", out _));
                    break;
                default:
                    Assert.Equal("Book", jsonLd.GetProperty("isPartOf").GetProperty("@type").GetString());
                    Assert.Equal(type == "Chapter" ? Book : Proceedings, jsonLd.GetProperty("isPartOf").GetProperty("name").GetString());
                    Assert.Equal("45", jsonLd.GetProperty("pageStart").GetString());
                    break;
            }
        }

        /// <summary>The facts of a detail page: each term with its definitions, in order.</summary>
        /// <param name="document">The detail page.</param>
        /// <returns>The terms and definitions.</returns>
        internal static OrderedDictionary<string, List<IElement>> Facts(IDocument document)
        {
            var facts = new OrderedDictionary<string, List<IElement>>();
            List<IElement>? current = null;
            foreach (var child in document.QuerySelector("dl.facts")!.Children)
            {
                if (child.LocalName == "dt")
                {
                    current = new List<IElement>();
                    facts.Add(Html.Text(child), current);
                }
                else
                {
                    current!.Add(child);
                }
            }

            return facts;
        }

        private static string Word(string english, string lang) => lang != "zh" ? english : english switch
        {
            "Year" => "年份",
            "Type" => "类型",
            "University" => "学位授予单位",
            "Publisher's page" => "出版方页面",
            "Links" => "链接",
            "Note" => "备注",
            "Entry" => "编号",
            _ => english,
        };
    }
}
