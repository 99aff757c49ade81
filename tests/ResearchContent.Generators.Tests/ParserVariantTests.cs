using System.Linq;
using ResearchContent.Generators.Tests.Infrastructure;
using Xunit;

namespace ResearchContent.Generators.Tests
{
    /// <summary>
    /// Real pages vary in how they write the same entry: quoting, &lt;br&gt; forms, entities, the order and
    /// number of paragraphs and figures. Each variant is read from the compiled catalog.
    /// </summary>
    public sealed partial class ParserVariantTests
    {
        private const string Label = "<b>2021-#2</b>  ";
        private const string Open = "<div style=\"text-align: center;\">";
        private const string Title = "<b>Small Fractures Caused by the 2019 Ridgecrest Earthquake Sequence</b>  ";
        private const string TitleText = "Small Fractures Caused by the 2019 Ridgecrest Earthquake Sequence";
        private const string TitleZh = "<br><b>由2019年Ridgecrest地震序列引起的地表小裂隙</b>  ";
        private const string Citation = "<br><a href=\"https://doi.org/10.3389/feart.2021.672809\">Xu, A., Y. Zhao, T. Wang*, C. Ren, and H. Yue (2021), Small Fractures Caused by the 2019 Ridgecrest Earthquake Sequence. Frontiers in Earth Science, 9, 1–11.</a>";
        private const string CitationText = "Xu, A., Y. Zhao, T. Wang*, C. Ren, and H. Yue (2021), Small Fractures Caused by the 2019 Ridgecrest Earthquake Sequence. Frontiers in Earth Science, 9, 1–11.";
        private const string Close = "</div>";
        private const string AbstractEn = "The Ridgecrest earthquake sequence ruptured a conjugate fault system within the eastern California shear zone.";
        private const string AbstractZh = "Ridgecrest地震序列破裂了加利福尼亚东部剪切带内的一个共轭断层系统。";
        private const string Figure = "<div style=\"text-align: center;\"> <img src=\"/images/xuandong.png\" alt=\"Strain fields of marble samples\" width=\"500\"> <br>Strain fields of marble samples.  ";
        private const string FigureZh = "<br>大理岩样品破裂前的应变场特征</div>";

        [Fact]
        public void Single_quoted_attributes_in_any_order()
        {
            var entry = Lines(
                Label,
                Open,
                Title,
                TitleZh,
                "<br><a class='citation' href='https://doi.org/10.3389/feart.2021.672809'>" + CitationText + "</a>",
                Close,
                "",
                AbstractEn,
                "",
                AbstractZh,
                "",
                "<div style='text-align: center;'> <img width='800' alt='x' src='/images/a.png'> <br>Strain fields.  ",
                FigureZh);

            var p = Single(entry, "content/images/a.png");

            Assert.Equal("https://doi.org/10.3389/feart.2021.672809", p.Citation.Url);
            Assert.Equal("10.3389/feart.2021.672809", p.Citation.Doi);
            Assert.Equal(CitationText, p.Citation.Text);
            var figure = Assert.Single(p.Figures);
            Assert.Equal("/images/a.png", figure.Source);
            Assert.Equal("x", figure.Alt);
            Assert.Equal(800, figure.Width);
            Assert.True(figure.ImageExists);
            Assert.Equal("Strain fields.", figure.Caption.En);
            Assert.Equal("大理岩样品破裂前的应变场特征", figure.Caption.Zh);
        }

        [Theory]
        [InlineData("<br>")]
        [InlineData("<br/>")]
        [InlineData("<br />")]
        [InlineData("<BR>")]
        public void Every_form_of_br_separates_titles_citation_and_captions(string br)
        {
            var entry = Lines(
                Label,
                Open,
                Title,
                TitleZh.Replace("<br>", br),
                Citation.Replace("<br>", br),
                Close,
                "",
                AbstractEn,
                "",
                AbstractZh,
                "",
                Figure.Replace("<br>", br),
                FigureZh.Replace("<br>", br));

            var p = Single(entry);

            Assert.Equal(TitleText, p.Title.En);
            Assert.Equal("由2019年Ridgecrest地震序列引起的地表小裂隙", p.Title.Zh);
            Assert.Equal(CitationText, p.Citation.Text);
            var figure = Assert.Single(p.Figures);
            Assert.Equal("Strain fields of marble samples.", figure.Caption.En);
            Assert.Equal("大理岩样品破裂前的应变场特征", figure.Caption.Zh);
        }

        [Fact]
        public void Entities_and_inline_markup_in_titles_become_plain_decoded_text()
        {
            var entry = Lines(
                Label,
                Open,
                "<b>Measuring <i>in situ</i> strain &amp; stress &#8211; a &quot;Ridgecrest&quot; case</b>  ",
                "<br><b>原位应变&amp;应力测量</b>  ",
                "<br><a href=\"https://doi.org/10.3389/feart.2021.672809\">Xu, A., and H. Yue (2021), Measuring <i>in situ</i> strain &amp; stress &#8211; a &quot;Ridgecrest&quot; case. Frontiers in Earth Science, 9.</a>",
                Close,
                "",
                "We measure <i>in situ</i> strain &amp; stress.",
                "",
                AbstractZh);

            var p = Single(entry);

            Assert.Equal("Measuring in situ strain & stress – a \"Ridgecrest\" case", p.Title.En);
            Assert.Equal("原位应变&应力测量", p.Title.Zh);
            Assert.Equal("Xu, A., and H. Yue (2021), Measuring in situ strain & stress – a \"Ridgecrest\" case. Frontiers in Earth Science, 9.", p.Citation.Text);
            Assert.Equal("We measure in situ strain & stress.", p.Abstract.En);
            Assert.Equal("xu2021measuring", p.Key);
        }

        [Fact]
        public void An_English_only_entry_without_a_figure()
        {
            var entry = Lines(Label, Open, Title, Citation, Close, "", AbstractEn);

            var run = Run(Page(entry));

            Assert.Empty(run.GeneratorDiagnostics);
            var p = Assert.Single(run.Catalog().Publications);
            Assert.Equal(TitleText, p.Title.En);
            Assert.Null(p.Title.Zh);
            Assert.Equal(AbstractEn, p.Abstract.En);
            Assert.Null(p.Abstract.Zh);
            Assert.Empty(p.Figures);
        }

        [Fact]
        public void An_et_al_author_list_is_marked_truncated_in_the_catalog()
        {
            var entry = Lines(Label, Open, Title, Citation.Replace("Xu, A., Y. Zhao, T. Wang*, C. Ren, and H. Yue", "Xu, A., et al."), Close);

            var citation = Single(entry).Citation;

            Assert.Equal("Xu", Assert.Single(citation.Authors).Family);
            Assert.True(citation.AuthorsTruncated);
        }

        [Fact]
        public void Two_figure_blocks_are_two_figures_in_order()
        {
            var entry = Lines(
                Label, Open, Title, TitleZh, Citation, Close, "", AbstractEn, "", AbstractZh, "",
                "<div style=\"text-align: center;\"> <img src=\"/images/a.png\" alt=\"Interferogram\" width=\"600\"> <br>The interferogram.  ",
                "<br>干涉图</div>",
                "",
                "<div style=\"text-align: center;\"> <img src=\"/images/b.png\" alt=\"Slip model\" width=\"700\"> <br>The slip model.  ",
                "<br>滑动模型</div>");

            var p = Single(entry, "content/images/a.png", "content/images/b.png");

            Assert.Equal(
                new (string, string?, int?, string?, string?)[] { ("/images/a.png", "Interferogram", 600, "The interferogram.", "干涉图"), ("/images/b.png", "Slip model", 700, "The slip model.", "滑动模型") },
                p.Figures.Select(f => (f.Source, f.Alt, f.Width, f.Caption.En, f.Caption.Zh)));
        }

        [Fact]
        public void Two_images_in_one_block_each_take_the_captions_that_follow_them()
        {
            var entry = Lines(
                Label, Open, Title, TitleZh, Citation, Close, "", AbstractEn, "", AbstractZh, "",
                "<div style=\"text-align: center;\"> <img src=\"/images/a.png\" alt=\"Interferogram\" width=\"600\"> <br>The interferogram.  ",
                "<br>干涉图",
                "<br><img src=\"/images/b.png\" alt=\"Slip model\"> <br>The slip model.  ",
                "<br>滑动模型</div>");

            var p = Single(entry, "content/images/a.png", "content/images/b.png");

            Assert.Equal(
                new (string, string?, int?, string?, string?)[] { ("/images/a.png", "Interferogram", 600, "The interferogram.", "干涉图"), ("/images/b.png", "Slip model", null, "The slip model.", "滑动模型") },
                p.Figures.Select(f => (f.Source, f.Alt, f.Width, f.Caption.En, f.Caption.Zh)));
        }

        [Fact]
        public void A_Chinese_abstract_written_before_the_English_one_is_assigned_by_script()
        {
            var entry = Lines(Label, Open, Title, TitleZh, Citation, Close, "", AbstractZh, "", AbstractEn, "", Figure, FigureZh);

            var p = Single(entry);

            Assert.Equal(AbstractEn, p.Abstract.En);
            Assert.Equal(AbstractZh, p.Abstract.Zh);
        }

        [Fact]
        public void Abstract_paragraphs_are_joined_by_exactly_one_blank_line()
        {
            var entry = Lines(
                Label, Open, Title, TitleZh, Citation, Close,
                "",
                "First paragraph.",
                "",
                "",
                "Second paragraph.",
                "",
                "第一段。",
                "",
                "第二段。",
                "",
                Figure, FigureZh);

            var p = Single(entry);

            Assert.Equal("First paragraph.\n\nSecond paragraph.", p.Abstract.En);
            Assert.Equal("第一段。\n\n第二段。", p.Abstract.Zh);
        }

        [Fact]
        public void An_abstract_directly_after_the_closing_div_is_a_paragraph_as_kramdown_reads_it()
        {
            // CommonMark would keep this line in the HTML block; kramdown (Jekyll) ends the block at </div>.
            var entry = Lines(Label, Open, Title, TitleZh, Citation, Close, AbstractEn, "", AbstractZh, "", Figure, FigureZh);

            var p = Single(entry);

            Assert.Equal(TitleText, p.Title.En);
            Assert.Equal(AbstractEn, p.Abstract.En);
            Assert.Equal(AbstractZh, p.Abstract.Zh);
            Assert.Single(p.Figures);
        }

        [Fact]
        public void Two_trailing_spaces_inside_an_abstract_paragraph_collapse_to_one_space()
        {
            var entry = Lines(
                Label, Open, Title, TitleZh, Citation, Close,
                "",
                "The sequence ruptured a conjugate fault system.  ",
                "It also activated many small fractures.",
                "",
                "地震序列破裂了共轭断层系统。  ",
                "还激活了许多小裂隙。",
                "",
                Figure, FigureZh);

            var p = Single(entry);

            Assert.Equal("The sequence ruptured a conjugate fault system. It also activated many small fractures.", p.Abstract.En);
            Assert.Equal("地震序列破裂了共轭断层系统。 还激活了许多小裂隙。", p.Abstract.Zh);
        }

        [Fact]
        public void The_page_text_after_the_final_dashes_is_not_an_entry()
        {
            var entry = Lines(Label, Open, Title, TitleZh, Citation, Close, "", AbstractEn, "", AbstractZh, "", Figure, FigureZh);
            var page = "---\ntitle: \"Research\"\n---\n" + entry + "\n\n----------\n"
                + "# Publications\n\n"
                + "{% if author.googlescholar %}\n"
                + "  You can also find my articles on <u><a href=\"{{author.googlescholar}}\">my Google Scholar profile</a>.</u>\n"
                + "{% endif %}\n\n"
                + "---\n\n"
                + "- not a list of entries\n";

            var run = Run(page);

            Assert.Empty(run.GeneratorDiagnostics);
            var p = Assert.Single(run.Catalog().Publications);
            Assert.Equal("xu2021small", p.Key);
            Assert.Equal(AbstractEn, p.Abstract.En);
        }
    }
}
