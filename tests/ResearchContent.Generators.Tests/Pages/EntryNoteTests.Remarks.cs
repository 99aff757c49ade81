using Xunit;
using ResearchContent.Generators.Tests.Infrastructure;

namespace ResearchContent.Generators.Tests.Pages
{
    /// <summary>
    /// Remarks told from abstract text by their shape: a label that names no section of a structured abstract, a
    /// sentence set in italics, a remark's translation, a brief remark with its translation, and code indented as code.
    /// </summary>
    public sealed partial class EntryNoteTests
    {
        [Theory]
        [InlineData("Keywords: surface rupture; UAV; Ridgecrest", "Keywords: surface rupture; UAV; Ridgecrest", null)]
        [InlineData("Funding: National Natural Science Foundation of China (42174012).", "Funding: National Natural Science Foundation of China (42174012).", null)]
        [InlineData("Data availability: the fracture maps are on Zenodo.", "Data availability: the fracture maps are on Zenodo.", null)]
        [InlineData("Correction (12 August 2024): Table 2 was corrected.", "Correction (12 August 2024): Table 2 was corrected.", null)]
        [InlineData("TL;DR: fractures mapped from UAV images record shallow slip.", "TL;DR: fractures mapped from UAV images record shallow slip.", null)]
        [InlineData("关键词：地表破裂；无人机", null, "关键词：地表破裂；无人机")]
        [InlineData("基金项目：国家自然科学基金（42174012）", null, "基金项目：国家自然科学基金（42174012）")]
        public void A_paragraph_under_a_label_that_names_no_abstract_section_is_a_note(string remark, string? en, string? zh)
        {
            var p = OneEntryPage.Single(Header + Abstracts + remark + "\n");

            Assert.Equal(AbstractEn, p.Abstract.En);
            Assert.Equal(AbstractZh, p.Abstract.Zh);
            Assert.Equal(en, p.Notes.En);
            Assert.Equal(zh, p.Notes.Zh);
        }

        [Theory]
        [InlineData("Importance: Surface fractures record shallow slip.")]
        [InlineData("Design, Setting, and Participants: We mapped fractures from UAV images.")]
        [InlineData("Conclusions and Relevance: Shallow slip deficit is smaller than thought.")]
        public void A_structured_abstracts_section_stays_abstract(string section)
        {
            var p = OneEntryPage.Single(Header + AbstractEn + "\n\n" + section + "\n\n" + AbstractZh + "\n");

            Assert.Equal(AbstractEn + "\n\n" + section, p.Abstract.En);
            Assert.Null(p.Notes.En);
        }

        [Fact]
        public void A_chinese_structured_abstracts_section_stays_abstract()
        {
            var p = OneEntryPage.Single(Header + Abstracts + "解释：浅部滑动亏损小于以往估计。\n");

            Assert.Equal(AbstractZh + "\n\n解释：浅部滑动亏损小于以往估计。", p.Abstract.Zh);
            Assert.Null(p.Notes.Zh);
        }

        [Fact]
        public void A_sentence_in_italics_is_a_remark_and_the_sentence_after_it_in_the_other_language_its_translation()
        {
            // A correspondence has no abstract, which is worth a warning, not a different reading.
            var p = Assert.Single(OneEntryPage.Run(OneEntryPage.Page(Header + "*Correspondence in Frontiers, written after the sequence.*\n\n本文为通讯文章，无摘要。\n")).Catalog().Publications);

            Assert.Null(p.Abstract.En);
            Assert.Null(p.Abstract.Zh);
            Assert.Equal("Correspondence in Frontiers, written after the sequence.", p.Notes.En);
            Assert.Equal("本文为通讯文章，无摘要。", p.Notes.Zh);
        }

        [Fact]
        public void An_abstract_in_italics_stays_abstract()
        {
            var p = OneEntryPage.Single(Header + "*" + AbstractEn + " It was mapped from UAV images.*\n\n" + AbstractZh + "\n");

            Assert.Equal(AbstractEn + " It was mapped from UAV images.", p.Abstract.En);
            Assert.Null(p.Notes.En);
        }
        [Fact]
        public void An_indented_code_block_is_a_note_as_a_fence_is()
        {
            var p = OneEntryPage.Single(Header + Abstracts + "**BibTeX**\n\n    @article{xu2021small,\n      year={2021}\n    }\n");

            Assert.Equal(AbstractEn, p.Abstract.En);
            Assert.Equal("BibTeX\n\n@article{xu2021small,\n\nyear={2021}\n\n}", p.Notes.En);
        }
        [Fact]
        public void A_brief_remark_and_its_translation_before_the_abstract_are_notes()
        {
            var p = OneEntryPage.Single(Header + "Also presented at ICRA 2022.<br>同时在 ICRA 2022 上宣读。\n\n" + Abstracts);

            Assert.Equal(AbstractEn, p.Abstract.En);
            Assert.Equal(AbstractZh, p.Abstract.Zh);
            Assert.Equal("Also presented at ICRA 2022.", p.Notes.En);
            Assert.Equal("同时在 ICRA 2022 上宣读。", p.Notes.Zh);
        }
        [Theory]
        [InlineData("This work was supported by the National Natural Science Foundation of China (No. 52075123).", true)]
        [InlineData("We thank the Southern California Earthquake Center for the UAV images.", true)]
        [InlineData("本研究得到国家自然科学基金（42174012）资助。", false)]
        [InlineData("Survey protocol registered with the Chinese Clinical Trial Registry (ChiCTR2300071234).", true)]
        public void A_funding_acknowledgement_or_registration_sentence_is_a_note(string declaration, bool english)
        {
            var p = OneEntryPage.Single(Header + Abstracts + declaration + "\n");

            Assert.Equal(AbstractEn, p.Abstract.En);
            Assert.Equal(AbstractZh, p.Abstract.Zh);
            Assert.Equal(declaration, english ? p.Notes.En : p.Notes.Zh);
        }

        [Fact]
        public void An_abstract_sentence_that_names_its_registration_among_others_stays_abstract()
        {
            const string Prose = "We mapped fractures from UAV images along 40 km of rupture (ChiCTR2300071234 was not involved). The sequence is shallow.";
            var p = OneEntryPage.Single(Header + Prose + "\n\n" + AbstractZh + "\n");

            Assert.Equal(Prose, p.Abstract.En);
            Assert.Null(p.Notes.En);
        }
    }
}
