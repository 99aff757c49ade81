using System.Linq;
using ResearchContent.Generators.Tests.Infrastructure;
using Xunit;

namespace ResearchContent.Generators.Tests.Pages
{
    /// <summary>
    /// Pages group their entries under headings (<c>## Journal articles</c>, <c>### 2021</c>, <c>**Conference
    /// papers**</c>) written between the entries. They build, and each publication knows the sections it stands in.
    /// </summary>
    public sealed class PageSectionTests
    {
        [Fact]
        public void Headings_between_entries_are_the_sections_of_the_entries_below_them()
        {
            var page = OneEntryPage.Page(
                "## Journal articles\n\n### 2021\n\n" + Entry("2021-#2", "Small fractures of the Ridgecrest sequence", 1),
                Entry("2021-#1", "Coseismic block rotation in Kaikoura", 2),
                "### 2020 {#y2020}\n\n" + Entry("2020-#1", "Decorrelation masks from deep learning", 3),
                "<h2>Conference papers</h2>\n\n" + Entry("2019-#2", "Surface ruptures mapped by UAV", 4),
                "**Invited talks**\n\n" + Entry("2019-#1", "Space geodesy of continental earthquakes", 5));

            var run = OneEntryPage.Run(page);

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Equal(
                new[]
                {
                    "2021-#2: Journal articles / 2021",
                    "2021-#1: Journal articles / 2021",
                    "2020-#1: Journal articles / 2020",
                    "2019-#2: Conference papers",
                    "2019-#1: Conference papers / Invited talks",
                },
                run.Catalog().Publications.Select(p => p.Label + ": " + string.Join(" / ", p.Sections)));
        }

        [Fact]
        public void An_entry_after_a_heading_with_no_separator_line_is_an_entry_of_its_own()
        {
            // A '---' dropped where a year heading was put between two entries.
            AssertBuildsWithSections(
                OneEntryPage.Page("## Journal articles\n\n" + Entry("2021-#1", "Coseismic block rotation in Kaikoura", 2) + "\n\n<h3>2020</h3>\n\n" + Entry("2020-#1", "Decorrelation masks from deep learning", 3)),
                "2021-#1: Journal articles",
                "2020-#1: Journal articles / 2020");
        }

        [Fact]
        public void Headings_and_an_introduction_between_separator_lines_of_their_own_are_page_text()
        {
            // "---" written on both sides of a heading, and the introduction set off by one, as hand-edited pages do.
            var page = OneEntryPage.Page(
                "Papers of the group since 2020; * marks the corresponding author.",
                "## Journal articles",
                Entry("2021-#2", "Small fractures of the Ridgecrest sequence", 1),
                "### 2020\n\n**Letters**",
                Entry("2020-#1", "Decorrelation masks from deep learning", 3));

            var run = OneEntryPage.Run(page);

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Equal(
                new[] { "2021-#2: Journal articles", "2020-#1: Journal articles / 2020 / Letters" },
                run.Catalog().Publications.Select(p => p.Label + ": " + string.Join(" / ", p.Sections)));
            Assert.Equal("Papers of the group since 2020; * marks the corresponding author.", run.Catalog().Pages.Single().Introduction);
        }

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public void A_heading_over_the_introduction_heads_the_introduction_not_the_entries(bool introductionSetOff)
        {
            // "# Publications" with a paragraph about the list under it is the page's heading; "## 2021" after it is
            // the first section, whether or not a '---' sets the introduction off. (A brief legend line under a heading,
            // as in the next test, leaves the heading a section.)
            const string introduction = "# Publications\n\nPapers of the Active Tectonics Group since 2020, newest first. A complete list is on Google Scholar; papers in Chinese are listed under their year.";
            var page = introductionSetOff
                ? OneEntryPage.Page(introduction, "## 2021\n\n" + Entry("2021-#2", "Small fractures of the Ridgecrest sequence", 1))
                : OneEntryPage.Page(introduction + "\n\n## 2021\n\n" + Entry("2021-#2", "Small fractures of the Ridgecrest sequence", 1));

            AssertBuildsWithSections(page, "2021-#2: 2021");
            Assert.Equal("Papers of the Active Tectonics Group since 2020, newest first. A complete list is on Google Scholar; papers in Chinese are listed under their year.", OneEntryPage.Run(page).Catalog().Pages.Single().Introduction);
        }

        [Fact]
        public void A_comment_above_the_page_heading_is_nothing_to_read()
        {
            // Hand-kept pages leave notes to their editors at the top; a comment shows nothing and keeps the label's place.
            var page = OneEntryPage.Page("<!-- Maintained by hand since 2012. Newest first, please. -->\n\n# Publications\n\nPapers of the group since 2012, newest first. Students add their own entries.\n\n## 2021\n\n" + Entry("2021-#2", "Small fractures of the Ridgecrest sequence", 1));

            AssertBuildsWithSections(page, "2021-#2: 2021");
        }

        [Fact]
        public void A_category_heading_with_a_legend_line_above_a_year_heading_stays_a_section()
        {
            AssertBuildsWithSections(
                OneEntryPage.Page("# Journal articles\n\nPapers with a student as first author are marked †.\n\n## 2021\n\n" + Entry("2021-#2", "Small fractures of the Ridgecrest sequence", 1)),
                "2021-#2: Journal articles / 2021");
        }

        [Fact]
        public void Liquid_tags_and_the_kramdown_table_of_contents_above_the_first_heading_are_nothing_to_read()
        {
            var page = OneEntryPage.Page("{% include base_path %}\n\n# Publications\n\nPapers of the group since 2012, newest first. Students add their own entries.\n\n* TOC\n{:toc}\n\n## 2021\n\n" + Entry("2021-#2", "Small fractures of the Ridgecrest sequence", 1));

            AssertBuildsWithSections(page, "2021-#2: 2021");
        }

        [Fact]
        public void A_heading_with_a_line_of_text_before_its_first_entry_still_holds_its_entries()
        {
            AssertBuildsWithSections(
                OneEntryPage.Page("## Journal articles\n\nPapers with a student as first author are marked †.\n\n" + Entry("2021-#2", "Small fractures of the Ridgecrest sequence", 1), Entry("2021-#1", "Coseismic block rotation in Kaikoura", 2)),
                "2021-#2: Journal articles",
                "2021-#1: Journal articles");
        }

        [Fact]
        public void A_paragraph_between_separator_lines_after_the_first_entry_is_an_error()
        {
            var run = OneEntryPage.Run(OneEntryPage.Page(
                Entry("2021-#2", "Small fractures of the Ridgecrest sequence", 1),
                "These papers were funded by the NSFC.",
                Entry("2021-#1", "Coseismic block rotation in Kaikoura", 2)));

            var error = Assert.Single(run.GeneratorDiagnostics);
            Assert.Equal("RC1012", error.Id);
            Assert.Equal(2, run.Catalog().Publications.Count);
        }

        [Fact]
        public void An_introduction_with_a_link_above_the_first_label_is_no_header()
        {
            var run = OneEntryPage.Run(OneEntryPage.Page("Our papers since 2020; the complete list is on [Google Scholar](https://scholar.google.com/citations?user=abc).\n\n" + Entry("2021-#2", "Small fractures of the Ridgecrest sequence", 1)));

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Equal("Our papers since 2020; the complete list is on Google Scholar.", run.Catalog().Pages.Single().Introduction);
        }

        [Fact]
        public void A_bold_sentence_above_the_first_label_is_the_introduction_not_a_section()
        {
            var run = OneEntryPage.Run(OneEntryPage.Page("**\\* indicates the corresponding author.**\n\n" + Entry("2021-#2", "Small fractures of the Ridgecrest sequence", 1)));

            Assert.Empty(run.GeneratorDiagnostics);
            var p = Assert.Single(run.Catalog().Publications);
            Assert.Empty(p.Sections);
            Assert.Equal("* indicates the corresponding author.", run.Catalog().Pages.Single().Introduction);
        }

        [Fact]
        public void A_paragraph_between_entries_that_is_no_heading_is_still_an_error()
        {
            var run = OneEntryPage.Run(OneEntryPage.Page(
                Entry("2021-#2", "Small fractures of the Ridgecrest sequence", 1),
                "These papers were funded by the NSFC, and the data are kept in Wuhan.\n\n" + Entry("2021-#1", "Coseismic block rotation in Kaikoura", 2)));

            var error = Assert.Single(run.GeneratorDiagnostics);
            Assert.Equal("RC1012", error.Id);
            Assert.Contains("paragraph before the label", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }

        [Theory]
        [InlineData("**2020**\n\n", "2020")]
        [InlineData("<b>2020</b>\n\n", "2020")]
        [InlineData("**2020**  \n", "2020")]
        [InlineData("**2020年**\n\n", "2020年")]
        [InlineData("**2020 (in press)**\n\n", "2020 (in press)")]
        public void A_year_in_bold_alone_above_a_label_is_a_heading_not_a_label_with_its_number_dropped(string year, string section)
        {
            AssertBuildsWithSections(
                OneEntryPage.Page("## Journal articles\n\n" + Entry("2021-#1", "Coseismic block rotation in Kaikoura", 2), year + Entry("2020-#1", "Decorrelation masks from deep learning", 3)),
                "2021-#1: Journal articles",
                "2020-#1: Journal articles / " + section);
        }

        [Theory]
        [InlineData("**2021-#**")]
        [InlineData("**2021-#three**")]
        public void A_bold_label_written_wrong_is_still_a_malformed_label(string label)
        {
            var run = OneEntryPage.Run(OneEntryPage.Page(Entry("2021-#1", "Coseismic block rotation in Kaikoura", 2), Entry("2021-#3", "Decorrelation masks from deep learning", 3).Replace("<b>2021-#3</b>", label)));

            Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "RC1002");
        }

        [Fact]
        public void A_year_in_bold_alone_with_no_label_after_it_leaves_the_entry_without_a_label()
        {
            // The number dropped from the label itself: the entry is reported, not read as a heading and lost.
            var page = OneEntryPage.Page(
                Entry("2021-#1", "Coseismic block rotation in Kaikoura", 2),
                Entry("2020-#1", "Decorrelation masks from deep learning", 3).Replace("<b>2020-#1</b>", "<b>2020</b>"));

            var run = OneEntryPage.Run(page);

            Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "RC1001" && d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
            Assert.Equal(new[] { "2021-#1" }, run.Catalog().Publications.Select(p => p.Label));
        }

        /// <summary>The page builds with no diagnostic, and its publications stand in these sections (<c>label: outer / inner</c>).</summary>
        private static void AssertBuildsWithSections(string page, params string[] expected)
        {
            var run = OneEntryPage.Run(page);

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Equal(expected, run.Catalog().Publications.Select(p => p.Label + ": " + string.Join(" / ", p.Sections)));
        }

        private static string Entry(string label, string title, int n) =>
            "<b>" + label + "</b>  \n<div style=\"text-align: center;\">\n<b>" + title + "</b>  \n<br><a href=\"https://doi.org/10.1000/example." + n + "\">Wang, T., and Q. Zhang (" + label.Substring(0, 4) + "), " + title + ", Geophys. Res. Lett., 48, e2021GL09" + n + "000.</a>\n</div>\n\nThe abstract of the paper " + n + ", which is long enough to be read as an English abstract paragraph.";
    }
}
