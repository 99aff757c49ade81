using Xunit;
using ResearchContent.Generators.Tests.Infrastructure;

namespace ResearchContent.Generators.Tests.Pages
{
    /// <summary>
    /// Where the abstract begins: a brief sentence before it is a remark, a run-in label (<c>Abstract:</c>, <c>摘要：</c>)
    /// marks it and is no text of it, and a structured abstract's first section stays abstract however short.
    /// </summary>
    public sealed partial class EntryNoteTests
    {
        [Theory]
        [InlineData("Selected as Editor's Choice.")]
        [InlineData("Received 3 May 2022; accepted 1 Sep 2022")]
        [InlineData("An earlier version was posted on arXiv in 2019 (arXiv:1907.04512).")]
        [InlineData("The meta-analysis protocol was pre-registered on OSF before data extraction.")]
        public void A_brief_sentence_before_the_abstract_is_a_remark(string remark)
        {
            var p = OneEntryPage.Single(Header + remark + "\n\n" + Abstracts);

            Assert.Equal(remark, p.Notes.En);
            Assert.Equal(AbstractEn, p.Abstract.En);
            Assert.Equal(AbstractZh, p.Abstract.Zh);
        }

        [Fact]
        public void A_brief_chinese_sentence_before_the_abstracts_is_a_remark()
        {
            var p = OneEntryPage.Single(Header + "本文为《地震学报》特邀综述。\n\n" + Abstracts);

            Assert.Equal("本文为《地震学报》特邀综述。", p.Notes.Zh);
            Assert.Equal(AbstractEn, p.Abstract.En);
            Assert.Equal(AbstractZh, p.Abstract.Zh);
        }

        [Fact]
        public void A_brief_chinese_sentence_after_a_long_english_abstract_is_a_remark()
        {
            const string longEn = AbstractEn + " Fractures mapped from UAV images record shallow slip in the stepovers, and their density falls off with distance from the main rupture.";
            const string longZh = AbstractZh + "无人机影像填图的裂隙记录了阶区内的浅部滑动，其密度随距主破裂的距离增大而减小。";
            var p = OneEntryPage.Single(Header + longEn + "\n\n本文为《地震学报》特邀综述。\n\n" + longZh + "\n");

            Assert.Equal("本文为《地震学报》特邀综述。", p.Notes.Zh);
            Assert.Equal(longZh, p.Abstract.Zh);
        }

        [Fact]
        public void A_brief_sentence_after_the_abstract_in_its_language_stays_abstract()
        {
            // Measured: most short closing paragraphs are the abstract's last sentence, so only a declaration's formula
            // or a remark's label makes one a note.
            var p = OneEntryPage.Single(Header + AbstractEn + "\n\nShallow slip is smaller than thought.\n\n" + AbstractZh + "\n");

            Assert.Equal(AbstractEn + "\n\nShallow slip is smaller than thought.", p.Abstract.En);
            Assert.Null(p.Notes.En);
        }

        [Theory]
        [InlineData("Abstract: ")]
        [InlineData("Abstract. ")]
        [InlineData("**Abstract:** ")]
        public void A_run_in_abstract_label_is_no_text_of_the_abstract(string label)
        {
            var p = OneEntryPage.Single(Header + label + AbstractEn + "\n\n" + AbstractZh + "\n");

            Assert.Equal(AbstractEn, p.Abstract.En);
            Assert.Null(p.Notes.En);
        }

        [Fact]
        public void Lines_above_a_run_in_abstract_label_in_the_same_paragraph_are_a_remark()
        {
            var p = OneEntryPage.Single(Header + AbstractEn + "\n\n本文为《地震学报》“大陆地震”专刊特邀综述，全文为中文。\n摘要：" + AbstractZh + "\n");

            Assert.Equal("本文为《地震学报》“大陆地震”专刊特邀综述，全文为中文。", p.Notes.Zh);
            Assert.Equal(AbstractZh, p.Abstract.Zh);
        }

        [Theory]
        [InlineData("目的 分析Ridgecrest地震地表破裂的分布特征。")]
        [InlineData("目的：分析Ridgecrest地震地表破裂的分布特征。")]
        public void A_structured_abstracts_first_section_stays_abstract_however_short(string section)
        {
            var p = OneEntryPage.Single(Header + AbstractEn + "\n\n" + section + "\n\n" + AbstractZh + "\n");

            Assert.Equal(section + "\n\n" + AbstractZh, p.Abstract.Zh);
            Assert.Null(p.Notes.Zh);
        }

        [Fact]
        public void Brief_lines_in_both_languages_are_a_note_each_in_its_language()
        {
            var p = OneEntryPage.Single(Header + Abstracts + "Press: <a href=\"https://example.org/views\">News &amp; Views</a><br/>媒体报道：<a href=\"https://example.cn/news\">新华网</a>\n");

            Assert.Equal("Press: News & Views", p.Notes.En);
            Assert.Equal("媒体报道：新华网", p.Notes.Zh);
        }

        [Fact]
        public void Markdown_inside_a_div_that_asks_for_it_is_read_as_markdown()
        {
            // kramdown reads <div markdown="1"> as Markdown: the bold "Abstract" is a marker, the paragraphs abstracts.
            var p = OneEntryPage.Single(Header + "<div markdown=\"1\" class=\"abstract\">\n**Abstract**\n\n" + AbstractEn + "\n\n" + AbstractZh + "\n\n</div>\n");

            Assert.Equal(AbstractEn, p.Abstract.En);
            Assert.Equal(AbstractZh, p.Abstract.Zh);
            Assert.Null(p.Notes.En);
        }

        [Fact]
        public void A_collapsible_details_whose_summary_says_abstract_holds_the_abstract()
        {
            var p = OneEntryPage.Single(Header + "<details>\n<summary>Abstract</summary>\n<p>" + AbstractEn + "</p>\n</details>\n\n" + AbstractZh + "\n");

            Assert.Equal(AbstractEn, p.Abstract.En);
            Assert.Null(p.Notes.En);
        }

        [Fact]
        public void A_kramdown_attribute_list_below_a_paragraph_is_no_text()
        {
            var p = OneEntryPage.Single(Header + AbstractEn + "\n{: style=\"text-align: justify;\"}\n\n" + AbstractZh + "\n");

            Assert.Equal(AbstractEn, p.Abstract.En);
        }

        [Theory]
        [InlineData("Data and code are available on request.")]
        [InlineData("The data that support the findings of this study are available from Zenodo.")]
        [InlineData("Xu A. and Zhao Y. contributed equally to this work and are joint first authors.")]
        public void A_data_or_contribution_statement_after_the_abstract_is_a_declaration(string declaration)
        {
            var p = OneEntryPage.Single(Header + Abstracts + declaration + "\n");

            Assert.Equal(declaration, p.Notes.En);
            Assert.Equal(AbstractEn, p.Abstract.En);
        }
    }
}
