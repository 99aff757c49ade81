using System.Linq;
using ResearchContent.Generators.Tests.Infrastructure;
using Xunit;

namespace ResearchContent.Generators.Tests.Pages
{
    /// <summary>
    /// Shapes that blind pages (lab-e, lab-f, lab-g) showed after years of hand edits, each of which used to break the
    /// build or misfile text: a label typed with spaces, full-width signs or a trailing <c>&amp;nbsp;</c>; a <c>***</c>
    /// rule between entries; a <c>&lt;b&gt;</c> title left open; remarks after both abstracts; a line introducing a
    /// list; a link inside an abstract.
    /// </summary>
    public sealed class HandEditedEntryTests
    {
        private const string Title = "Small Fractures Caused by the 2019 Ridgecrest Earthquake Sequence";
        private const string TitleZh = "由2019年Ridgecrest地震序列引起的地表小裂隙";
        private const string Citation = "<a href=\"https://doi.org/10.3389/feart.2021.672809\">Xu, A., Y. Zhao, T. Wang*, C. Ren, and H. Yue (2021), Small Fractures Caused by the 2019 Ridgecrest Earthquake Sequence. Frontiers in Earth Science, 9, 1–11.</a>";
        private const string Header = "<div style=\"text-align: center;\">\n<b>" + Title + "</b>  \n<br><b>" + TitleZh + "</b>  \n<br>" + Citation + "\n</div>\n\n";
        private const string AbstractEn = "The Ridgecrest earthquake sequence ruptured a conjugate fault system within the eastern California shear zone.";
        private const string AbstractZh = "Ridgecrest地震序列破裂了加利福尼亚东部剪切带内的一个共轭断层系统。";
        private const string Abstracts = AbstractEn + "\n\n" + AbstractZh + "\n\n";

        [Theory]
        [InlineData("<b>2021 - #2</b>  ")]
        [InlineData("<b>2021-＃2</b>  ")]
        [InlineData("<b>２０２１－＃２</b>")]
        [InlineData("<b>2021-#2</b>&nbsp;&nbsp;")]
        [InlineData("**2021–#2**")]
        public void A_label_typed_another_way_is_the_same_label(string label)
        {
            var p = OneEntryPage.Single(label + "\n" + Header + Abstracts);

            Assert.Equal(2021, p.Year);
            Assert.Equal(2, p.Number);
        }

        [Theory]
        [InlineData("2021-#C2")]
        [InlineData("2021-C2")]
        [InlineData("2021-BC2")]
        public void A_label_with_a_series_letter_keeps_it(string label)
        {
            var run = OneEntryPage.Run(OneEntryPage.Page("<b>" + label + "</b>  \n" + Header + Abstracts));

            Assert.Empty(run.GeneratorDiagnostics);
            var p = Assert.Single(run.Catalog().Publications);
            Assert.Equal((label, 2021, 2), (p.Label, p.Year, p.Number));
        }

        [Theory]
        [InlineData("<b>2021-3</b>", "2021-#3", "")]
        [InlineData("<b>2021 #3</b>", "2021-#3", "")]
        [InlineData("<b>2021-No.3</b>", "2021-#3", "")]
        [InlineData("<b>[2021-#3]</b>", "2021-#3", "")]
        [InlineData("<b>2021-#3.</b>", "2021-#3", "")]
        [InlineData("<b>2021-#3a</b>", "2021-#3a", "")]
        [InlineData("<b>C2021-#3</b>", "C2021-#3", "")]
        [InlineData("<b>J2021 - #3</b>", "J2021-#3", "")]
        [InlineData("<b>B-#3</b>", "B-#3", "")]
        [InlineData("### 2021-#3", "2021-#3", "")]
        [InlineData("<b>2021-#3</b> (Invited)", "2021-#3", "(Invited)")]
        [InlineData("<b>2021-#3 (in press)</b>", "2021-#3", "(in press)")]
        public void A_label_typed_another_way_is_read_in_its_one_form_and_a_remark_after_it_is_a_note(string line, string label, string remark)
        {
            var run = OneEntryPage.Run(OneEntryPage.Page(line + "  \n" + Header + Abstracts));

            Assert.Empty(run.GeneratorDiagnostics);
            var p = Assert.Single(run.Catalog().Publications);
            Assert.Equal((label, 2021, 3), (p.Label, p.Year, p.Number));
            Assert.Equal(remark.Length == 0 ? null : remark, p.Notes.En);
        }

        [Theory]
        [InlineData("<b>2021-C2</b>", "<b>2021-P1</b>", "2021-C2", "2021-P1")]
        [InlineData("<b>2021-#2</b>", "<b>2021 #1</b>", "2021-#2", "2021-#1")]
        [InlineData("<b>2021-#2</b>", "<b>2021-1</b>", "2021-#2", "2021-#1")]
        [InlineData("<b>2021-#2</b>", "<b>2021-No.1</b>", "2021-#2", "2021-#1")]
        [InlineData("<b>2021-#2</b>", "<b>[2021-#1]</b>", "2021-#2", "2021-#1")]
        [InlineData("<b>C2021-#2</b>", "<b>C2021-#1</b>", "C2021-#2", "C2021-#1")]
        public void Entries_labelled_any_way_a_label_is_read_are_split_even_without_a_separator(string first, string second, string firstLabel, string secondLabel)
        {
            var run = OneEntryPage.Run(OneEntryPage.Page(first + "  \n" + Header + Abstracts + second + "  \n" + Header.Replace("10.3389/feart.2021.672809", "10.3389/feart.2021.672810") + Abstracts));

            Assert.Equal(new[] { firstLabel, secondLabel }, run.Catalog().Publications.Select(p => p.Label));
        }

        [Fact]
        public void An_image_width_in_px_is_read_as_a_browser_reads_it()
        {
            var p = OneEntryPage.Single("<b>2021-#2</b>  \n" + Header + Abstracts + "<div style=\"text-align: center;\"> <img src=\"/images/xuandong.png\" alt=\"Fracture map\" width=\"600px\"> <br>Fracture map.<br>裂隙分布图。</div>\n");

            Assert.Equal(600, Assert.Single(p.Figures).Width);
        }

        [Theory]
        [InlineData("Preprint: arXiv:2302.04567", "Preprint: arXiv:2302.04567")]
        [InlineData("📰 Media coverage: Eos, 2021", "📰 Media coverage: Eos, 2021")]
        public void A_remark_on_the_line_below_the_abstract_is_a_note(string remark, string note)
        {
            var p = OneEntryPage.Single("<b>2021-#2</b>  \n" + Header + AbstractEn + "\n" + remark + "\n\n" + AbstractZh + "\n");

            Assert.Equal(AbstractEn, p.Abstract.En);
            Assert.Equal(note, p.Notes.En);
        }

        [Theory]
        [InlineData("***")]
        [InlineData("* * *")]
        [InlineData("___")]
        [InlineData("- - -")]
        public void Another_horizontal_rule_separates_entries_as_three_dashes_do(string rule)
        {
            var first = "<b>2021-#2</b>  \n" + Header + Abstracts;
            var second = first.Replace("2021-#2", "2021-#1").Replace("feart.2021.672809", "feart.2021.672810").Replace("Small Fractures", "Large Fractures");
            var page = OneEntryPage.Page(first + "\n" + rule + "\n\n" + second);

            var run = OneEntryPage.Run(page);

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Equal(new[] { "2021-#2", "2021-#1" }, run.Catalog().Publications.Select(p => p.Label));
        }

        [Fact]
        public void A_bold_title_left_open_ends_at_its_line_break()
        {
            var header = Header.Replace("<b>" + Title + "</b>", "<b>" + Title);

            var p = OneEntryPage.Single("<b>2021-#2</b>  \n" + header + Abstracts);

            Assert.Equal(Title, p.Title.En);
            Assert.Equal(TitleZh, p.Title.Zh);
            Assert.Equal("Frontiers in Earth Science", p.Citation.Container);
        }

        [Fact]
        public void Prose_after_both_abstracts_that_goes_back_to_english_is_a_note()
        {
            var p = OneEntryPage.Single("<b>2021-#2</b>  \n" + Header + Abstracts + "Deployed in the emergency department of our hospital since March 2022.\n");

            Assert.Equal(AbstractEn, p.Abstract.En);
            Assert.Equal(AbstractZh, p.Abstract.Zh);
            Assert.Equal("Deployed in the emergency department of our hospital since March 2022.", p.Notes.En);
        }

        [Fact]
        public void A_second_paragraph_in_the_same_language_is_more_abstract()
        {
            const string More = "Surface fractures were mapped from UAV images along 1,200 km of the rupture zone.";
            var p = OneEntryPage.Single("<b>2021-#2</b>  \n" + Header + AbstractEn + "\n\n" + More + "\n\n" + AbstractZh + "\n");

            Assert.Equal(AbstractEn + "\n\n" + More, p.Abstract.En);
            Assert.Null(p.Notes.En);
        }

        [Fact]
        public void A_line_that_introduces_the_list_below_it_is_a_note_with_the_list()
        {
            var p = OneEntryPage.Single("<b>2021-#2</b>  \n" + Header + "Key Points:\n\n- Fractures mapped from UAV images\n- Shallow slip deficit revisited\n\n" + Abstracts);

            Assert.Equal("Key Points:\n\nFractures mapped from UAV images\n\nShallow slip deficit revisited", p.Notes.En);
            Assert.Equal(AbstractEn, p.Abstract.En);
        }

        [Fact]
        public void A_link_inside_an_abstract_is_one_of_the_paper_s_links()
        {
            var p = OneEntryPage.Single("<b>2021-#2</b>  \n" + Header + AbstractEn + " The data are on [figshare](https://figshare.com/articles/dataset/ridgecrest/1).\n\n" + AbstractZh + "\n");

            var link = Assert.Single(p.Links);
            Assert.Equal(("figshare", "https://figshare.com/articles/dataset/ridgecrest/1"), (link.Text, link.Url));
            Assert.EndsWith("The data are on figshare.", p.Abstract.En);
        }
    }
}
