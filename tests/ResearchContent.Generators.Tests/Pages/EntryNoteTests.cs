using System.Linq;
using ResearchContent.Generators.Tests.Infrastructure;
using Xunit;

namespace ResearchContent.Generators.Tests.Pages
{
    /// <summary>
    /// What hand-written entries hold besides header, abstract and figures — a note, highlights, a block quote, a
    /// BibTeX snippet, a Markdown image — is read into the field a reader would put it in, and never breaks the build.
    /// </summary>
    public sealed partial class EntryNoteTests
    {
        private const string Header = "<b>2021-#2</b>  \n<div style=\"text-align: center;\">\n<b>Small Fractures Caused by the 2019 Ridgecrest Earthquake Sequence</b>  \n<br><b>由2019年Ridgecrest地震序列引起的地表小裂隙</b>  \n<br><a href=\"https://doi.org/10.3389/feart.2021.672809\">Xu, A., Y. Zhao, T. Wang*, C. Ren, and H. Yue (2021), Small Fractures Caused by the 2019 Ridgecrest Earthquake Sequence. Frontiers in Earth Science, 9, 1–11.</a>\n</div>\n\n";
        private const string AbstractEn = "The Ridgecrest earthquake sequence ruptured a conjugate fault system within the eastern California shear zone.";
        private const string AbstractZh = "Ridgecrest地震序列破裂了加利福尼亚东部剪切带内的一个共轭断层系统。";
        private const string Abstracts = AbstractEn + "\n\n" + AbstractZh + "\n\n";

        [Fact]
        public void A_note_div_is_read_into_the_notes_by_script()
        {
            var p = OneEntryPage.Single(Header + Abstracts + "<div class=\"note\">Selected as an Editor's Highlight by Eos.<br>本文被Eos杂志选为编辑推荐文章。</div>");

            Assert.Equal("Selected as an Editor's Highlight by Eos.", p.Notes.En);
            Assert.Equal("本文被Eos杂志选为编辑推荐文章。", p.Notes.Zh);
            Assert.Equal(AbstractEn, p.Abstract.En);
            Assert.Equal(AbstractZh, p.Abstract.Zh);
        }

        [Fact]
        public void A_paragraph_whose_class_says_note_is_a_note_not_abstract()
        {
            var p = OneEntryPage.Single(Header + Abstracts + "<p class=\"note\">Selected among the journal's ten best papers of 2021 (<a href=\"https://example.org/news/top10.html\">news</a>).<br>入选该刊2021年度十佳论文。</p>\n");

            Assert.Equal("Selected among the journal's ten best papers of 2021 (news).", p.Notes.En);
            Assert.Equal("入选该刊2021年度十佳论文。", p.Notes.Zh);
            Assert.Equal(AbstractEn, p.Abstract.En);
            Assert.Equal(AbstractZh, p.Abstract.Zh);
            var link = Assert.Single(p.Links);
            Assert.Equal(("news", "https://example.org/news/top10.html"), (link.Text, link.Url));
        }

        [Fact]
        public void A_heading_and_its_list_are_notes_with_each_item_apart()
        {
            var p = OneEntryPage.Single(Header + Abstracts + "### Highlights {#highlights}\n\n- Fractures mapped from UAV images\n- 1,200 km of surface ruptures\n* Shallow slip deficit revisited\n");

            Assert.Equal("Highlights\n\nFractures mapped from UAV images\n\n1,200 km of surface ruptures\n\nShallow slip deficit revisited", p.Notes.En);
            Assert.Null(p.Notes.Zh);
            Assert.Equal(AbstractEn, p.Abstract.En);
        }

        [Theory]
        [InlineData("Best Poster Award, Division of Energy and Fuels<br>获能源与燃料分会最佳墙报奖", "Best Poster Award, Division of Energy and Fuels", "获能源与燃料分会最佳墙报奖")]
        [InlineData("Poster presentation (online).", "Poster presentation (online).", null)]
        [InlineData("Invited talk at the AGU Fall Meeting.<br>AGU秋季会议特邀报告。", "Invited talk at the AGU Fall Meeting.", "AGU秋季会议特邀报告。")]
        [InlineData("Featured on the front cover of the issue.", "Featured on the front cover of the issue.", null)]
        public void A_short_remark_naming_an_award_a_poster_or_a_cover_is_a_note(string remark, string en, string? zh)
        {
            var p = OneEntryPage.Single(Header + Abstracts + remark + "\n");

            Assert.Equal(en, p.Notes.En);
            Assert.Equal(zh, p.Notes.Zh);
            Assert.Equal(AbstractEn, p.Abstract.En);
            Assert.Equal(AbstractZh, p.Abstract.Zh);
        }

        [Fact]
        public void A_long_abstract_line_stays_abstract_whatever_its_words()
        {
            const string Prose = "We report a poster-sized flexible sensor array and the award-winning cover design of its encapsulation, tested over 1,000 cycles.";
            var p = OneEntryPage.Single(Header + Prose + "\n\n" + AbstractZh + "\n");

            Assert.Equal(Prose, p.Abstract.En);
            Assert.Equal(AbstractZh, p.Abstract.Zh);
            Assert.Null(p.Notes.En);
        }

        [Theory]
        [InlineData("## Abstract")]
        [InlineData("**Abstract:**")]
        [InlineData("#### 摘要")]
        [InlineData("### Abstract / 摘要")]
        public void A_heading_that_only_says_abstract_marks_the_abstract(string heading)
        {
            var p = OneEntryPage.Single(Header + heading + "\n\n" + Abstracts);

            Assert.True(p.Notes.IsEmpty, p.Notes.ToString());
            Assert.Equal(AbstractEn, p.Abstract.En);
            Assert.Equal(AbstractZh, p.Abstract.Zh);
        }

        [Fact]
        public void A_div_whose_class_says_abstract_is_the_abstract()
        {
            var p = OneEntryPage.Single(Header + "<div class=\"abstract\">\n<p>" + AbstractEn + "</p>\n\n<p>" + AbstractZh + "</p>\n</div>\n");

            Assert.Equal(AbstractEn, p.Abstract.En);
            Assert.Equal(AbstractZh, p.Abstract.Zh);
            Assert.True(p.Notes.IsEmpty);
        }

        [Fact]
        public void A_markdown_image_is_a_figure_and_the_text_beside_it_its_caption()
        {
            var p = OneEntryPage.Single(Header + Abstracts + "![Strain fields of marble samples](/images/xuandong.png)  \nStrain fields of marble samples before failure.  \n大理岩样品破裂前的应变场特征，颜色表示最大剪应变。\n");

            var figure = Assert.Single(p.Figures);
            Assert.Equal("/images/xuandong.png", figure.Source);
            Assert.Equal("Strain fields of marble samples", figure.Alt);
            Assert.Equal("Strain fields of marble samples before failure.", figure.Caption.En);
            Assert.Equal("大理岩样品破裂前的应变场特征，颜色表示最大剪应变。", figure.Caption.Zh);
            Assert.True(p.Notes.IsEmpty);
        }

        [Theory]
        [InlineData("Corresponding author: <a href=\"mailto:chenhao@example.edu.cn\">Chen Hao</a>.")]
        [InlineData("Corresponding author: [Chen Hao](mailto:chenhao@example.edu.cn).")]
        public void A_mail_address_in_a_remark_is_one_of_the_papers_links(string remark)
        {
            // mailto: opens a mail program and runs nothing; only the citation must be an http(s) address.
            var p = OneEntryPage.Single(Header + remark + "\n\n" + Abstracts);

            Assert.Equal("Corresponding author: Chen Hao.", p.Notes.En);
            Assert.Equal(AbstractEn, p.Abstract.En);
            var link = Assert.Single(p.Links);
            Assert.Equal(("Chen Hao", "mailto:chenhao@example.edu.cn"), (link.Text, link.Url));
        }

        [Fact]
        public void A_block_quote_and_a_code_fence_are_notes()
        {
            var p = OneEntryPage.Single(Header + Abstracts + "> Featured on the cover of the June issue.\n\n```bibtex\n@article{xu2021small,\n  title={Small Fractures},\n  year={2021}\n}\n```\n");

            // Code keeps its lines: each line of the fence is a paragraph of its own.
            Assert.Equal("Featured on the cover of the June issue.\n\n@article{xu2021small,\n\ntitle={Small Fractures},\n\nyear={2021}\n\n}", p.Notes.En);
        }

        [Theory]
        [InlineData("<p><a href=\"/files/xu2021small.pdf\">PDF</a> | <a href=\"https://github.com/ridgecrest/fractures\">Code</a></p>")]
        [InlineData("[PDF](/files/xu2021small.pdf) · [Code](https://github.com/ridgecrest/fractures)")]
        [InlineData("<div class=\"links\">[<a href=\"/files/xu2021small.pdf\">PDF</a>] [<a href=\"https://github.com/ridgecrest/fractures\">Code</a>]</div>")]
        public void A_row_of_links_after_the_abstract_is_the_papers_links(string row)
        {
            var p = OneEntryPage.Single(Header + Abstracts + row + "\n");

            Assert.Equal(
                new[] { ("PDF", "/files/xu2021small.pdf"), ("Code", "https://github.com/ridgecrest/fractures") },
                p.Links.Select(l => (l.Text, l.Url)));
            Assert.True(p.Notes.IsEmpty, p.Notes.ToString());
            Assert.Equal(AbstractZh, p.Abstract.Zh);
        }

        [Fact]
        public void A_note_keeps_its_text_and_its_link_becomes_a_link_of_the_paper()
        {
            var p = OneEntryPage.Single(Header + Abstracts + "<div class=\"note\"><b>Press:</b> covered by <a href=\"https://eos.org/research-spotlights/small-fractures\">Eos Research Spotlight</a>.</div>\n");

            Assert.Equal("Press: covered by Eos Research Spotlight.", p.Notes.En);
            var link = Assert.Single(p.Links);
            Assert.Equal(("Eos Research Spotlight", "https://eos.org/research-spotlights/small-fractures"), (link.Text, link.Url));
        }

        [Theory]
        [InlineData("Note: The Chinese abstract below is our own translation.", "Note: The Chinese abstract below is our own translation.", null)]
        [InlineData("*注：* 本文入选ESI高被引论文，并被选为期刊封面文章。", null, "注： 本文入选ESI高被引论文，并被选为期刊封面文章。")]
        [InlineData("**BibTeX**", "BibTeX", null)]
        public void A_remark_that_labels_itself_and_a_bold_line_are_notes_not_abstract(string paragraph, string? english, string? chinese)
        {
            var p = OneEntryPage.Single(Header + Abstracts + paragraph + "\n");

            Assert.Equal(english, p.Notes.En);
            Assert.Equal(chinese, p.Notes.Zh);
            Assert.Equal(AbstractEn, p.Abstract.En);
        }

        [Fact]
        public void A_kramdown_attribute_list_after_a_markdown_image_gives_its_width()
        {
            var p = OneEntryPage.Single(Header + Abstracts + "![Strain fields](/images/xuandong.png){: width=\"600\"}\nStrain fields before failure.\n");

            var figure = Assert.Single(p.Figures);
            Assert.Equal(600, figure.Width);
            Assert.Equal("Strain fields before failure.", figure.Caption.En);
        }

        [Fact]
        public void An_empty_clearing_div_is_read_as_nothing()
        {
            var p = OneEntryPage.Single(Header + Abstracts + "<div style=\"clear: both;\"></div>\n");

            Assert.True(p.Notes.IsEmpty);
            Assert.Equal(AbstractEn, p.Abstract.En);
        }

        [Fact]
        public void A_note_that_repeats_the_abstract_is_reported_not_read_twice()
        {
            var run = OneEntryPage.Run(OneEntryPage.Page(Header + Abstracts + "<div class=\"note\">" + AbstractEn + "</div>"));

            var diagnostic = Assert.Single(run.GeneratorDiagnostics);
            Assert.Equal("RC2009", diagnostic.Id);
            Assert.Equal(16, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
            var p = Assert.Single(run.Catalog().Publications);
            Assert.True(p.Notes.IsEmpty);
        }
        [Fact]
        public void A_labelled_row_of_links_is_a_note_not_abstract()
        {
            var p = OneEntryPage.Single(Header + Abstracts + "媒体报道 / Press: [ScienceDaily](https://www.sciencedaily.com/releases/2021/09/210921101512.htm) · [中国科学报](https://news.sciencenet.cn/htmlnews/2021/9/466012.shtm)\n");

            Assert.Equal(AbstractZh, p.Abstract.Zh);
            Assert.Equal("媒体报道 / Press: ScienceDaily · 中国科学报", p.Notes.Zh);
            Assert.Equal(2, p.Links.Count);
        }

        [Fact]
        public void A_line_introducing_a_code_block_is_a_note_with_it()
        {
            var p = OneEntryPage.Single(Header + Abstracts + "BibTeX:\n\n```bibtex\n@article{xu2021small,\n  year = {2021}\n}\n```\n");

            Assert.Equal(AbstractEn, p.Abstract.En);
            Assert.Equal("BibTeX:\n\n@article{xu2021small,\n\nyear = {2021}\n\n}", p.Notes.En);
        }

        [Fact]
        public void A_remark_and_its_translation_on_one_line_after_both_abstracts_is_a_note()
        {
            var p = OneEntryPage.Single(Header + Abstracts + "*The group's first journal paper.* 课题组的第一篇期刊论文。\n");

            Assert.Equal(AbstractEn, p.Abstract.En);
            Assert.Equal(AbstractZh, p.Abstract.Zh);
            Assert.Equal("The group's first journal paper. 课题组的第一篇期刊论文。", p.Notes.Zh);
        }

        [Fact]
        public void A_second_Chinese_paragraph_opening_with_a_Latin_term_is_still_abstract()
        {
            var p = OneEntryPage.Single(Header + Abstracts + "InSAR观测表明，浅部滑动亏损主要分布在断层北段。\n");

            Assert.Equal(AbstractZh + "\n\nInSAR观测表明，浅部滑动亏损主要分布在断层北段。", p.Abstract.Zh);
            Assert.Null(p.Notes.Zh);
        }
    }
}
