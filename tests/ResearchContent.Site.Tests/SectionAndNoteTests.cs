using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using ResearchContent.Site.Tests.Infrastructure;

namespace ResearchContent.Site.Tests
{
    /// <summary>
    /// A page its author organised under headings (<c>## Journal articles</c>, <c>### 2022</c>) is listed under them,
    /// in the author's order, with each heading once and the titles one level below; the detail page shows the
    /// sections and the notes (highlights, press coverage) in their languages.
    /// </summary>
    public sealed class SectionAndNoteTests : IDisposable
    {
        private readonly SiteFactory _root = new();
        private readonly Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> _factory;

        public SectionAndNoteTests() => _factory = _root.WithPages(new[]
        {
            new Page
            {
                Title = "Sectioned",
                Permalink = "/publications/",
                Path = "publications.md",
                Publications = new[]
                {
                    Entry("intro2020", 2020, PublicationKind.Article),
                    Entry("wang2023a", 2023, PublicationKind.Article, "Journal articles", "2023"),
                    Entry("wang2023b", 2023, PublicationKind.Article, "Journal articles", "2023"),
                    Entry("li2022", 2022, PublicationKind.Article, "Journal articles", "2022"),
                    Entry("zhao2021", 2021, PublicationKind.Conference, "会议论文"),
                    Entry("deep2019", 2019, PublicationKind.Chapter, "Book chapters", "2019", "Invited", "Reviews"),
                },
            },
        });

        public void Dispose()
        {
            _factory.Dispose();
            _root.Dispose();
        }

        [Fact]
        public async Task A_page_with_headings_is_listed_under_them_in_page_order()
        {
            var document = await Html.GetAsync(_factory.CreateClient(), "/publications/");
            var list = document.QuerySelectorAll(".section__heading, .publication__title")
                .Select(e => e.LocalName + " " + Html.Text(e))
                .ToList();

            Assert.Equal(
                new[]
                {
                    "h2 intro2020 title",
                    "h2 Journal articles", "h3 2023", "h4 wang2023a title", "h4 wang2023b title",
                    "h3 2022", "h4 li2022 title",
                    "h2 会议论文", "h3 zhao2021 title",
                    "h2 Book chapters", "h3 2019", "h4 Invited › Reviews", "h5 deep2019 title",
                },
                list);
            Assert.Empty(document.QuerySelectorAll(".year__heading"));
            Assert.Equal("zh", document.QuerySelectorAll(".section__heading").Single(h => Html.Text(h) == "会议论文").GetAttribute("lang"));
        }

        [Fact]
        public async Task A_kind_filter_keeps_only_the_headings_of_what_it_shows()
        {
            var document = await Html.GetAsync(_factory.CreateClient(), "/publications/?kind=conference");

            Assert.Equal(new[] { "会议论文" }, document.QuerySelectorAll(".section__heading").Select(Html.Text));
            Assert.Equal(new[] { "zhao2021" }, document.QuerySelectorAll("li.publication").Select(e => e.GetAttribute("data-key")));
        }

        [Fact]
        public async Task The_detail_page_shows_the_sections_and_the_notes_in_their_languages()
        {
            var document = await Html.GetAsync(_factory.CreateClient(), "/publications/wang2023a");
            var text = Html.Text(document.Body!);
            Assert.Contains("Journal articles › 2023", text, StringComparison.Ordinal);

            var notes = document.QuerySelectorAll(".notes").ToList();
            Assert.Equal(new[] { "en", "zh" }, notes.Select(n => n.GetAttribute("lang")));
            Assert.Equal(new[] { "Highlighted by Eos.", "Cover article." }, notes[0].QuerySelectorAll("p").Select(Html.Text));
            Assert.Equal(new[] { "入选封面文章。" }, notes[1].QuerySelectorAll("p").Select(Html.Text));
        }

        private static Publication Entry(string key, int year, PublicationKind kind, params string[] sections) => new()
        {
            Key = key,
            Label = year + "-#1",
            Year = year,
            Number = 1,
            Title = new LocalizedText(key + " title", null),
            Citation = new Citation
            {
                Text = "Wang, T. (" + year + "). " + key + " title. Journal.",
                Authors = new[] { new Author { Family = "Wang", Given = "T." } },
                Year = year,
                Title = key + " title",
                Container = "Journal",
                Kind = kind,
            },
            Sections = sections,
            Notes = key == "wang2023a" ? new LocalizedText("Highlighted by Eos.\n\nCover article.", "入选封面文章。") : LocalizedText.Empty,
        };
    }
}
