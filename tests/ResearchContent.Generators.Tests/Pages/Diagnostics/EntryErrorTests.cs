using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;
using static ResearchContent.Generators.Tests.Pages.Diagnostics.DiagnosticAssertions;

namespace ResearchContent.Generators.Tests.Pages.Diagnostics
{
    /// <summary>Errors in one entry (RC1xxx): a small, realistic broken page, the exact ID, line and column, a message that says what to do; the broken entry is left out of the catalog and every other entry stays.</summary>
    public sealed class EntryErrorTests
    {
        [Fact]
        public void RC1001_an_entry_without_a_label()
        {
            var page = SamplePage.Of(SamplePage.Zhang, SamplePage.Xu.Replace("<b>2021-#2</b>  \n", string.Empty), SamplePage.Wang);

            var run = SamplePage.Run(page);

            // The entry now starts with its header block, on line 22.
            var diagnostic = Single(run, "RC1001", 22, 1);
            Assert.Contains("Start it with a label line such as '<b>2021-#3</b>'", diagnostic.GetMessage());
            AssertBrokenEntryLeftOut(run, "xu2021small");
        }

        [Fact]
        public void RC1002_a_malformed_label()
        {
            var page = SamplePage.Of(SamplePage.Zhang, SamplePage.Xu.Replace("<b>2021-#2</b>", "<b>2021-#</b>"), SamplePage.Wang);

            var run = SamplePage.Run(page);

            var diagnostic = Single(run, "RC1002", 22, 1);
            Assert.Contains("The label '2021-#' is not of the form 'YEAR-#NUMBER'", diagnostic.GetMessage());
            Assert.Contains("Write it like '<b>2021-#3</b>'", diagnostic.GetMessage());
            AssertBrokenEntryLeftOut(run, "xu2021small");
        }

        [Fact]
        public void RC1003_an_entry_without_a_title()
        {
            var page = SamplePage.Of(SamplePage.Zhang, SamplePage.Xu.Replace("<b>" + SamplePage.XuTitle + "</b>  \n<br>", string.Empty).Replace("<b>" + SamplePage.XuTitleZh + "</b>  \n<br>", string.Empty), SamplePage.Wang);

            var run = SamplePage.Run(page);

            // Reported at the header block's <div>.
            var diagnostic = Single(run, "RC1003", 23, 1);
            Assert.Contains("Entry '2021-#2' has no title", diagnostic.GetMessage());
            Assert.Contains("Put the title in '<b>…</b>'", diagnostic.GetMessage());
            AssertBrokenEntryLeftOut(run, "xu2021");
        }

        [Fact]
        public void A_paper_with_a_Chinese_title_alone_is_compiled_with_no_English_title()
        {
            // A Chinese-language paper (中文论文) has no English title to give: its Chinese one is its title.
            var page = SamplePage.Of(SamplePage.Zhang, SamplePage.Xu.Replace("<b>" + SamplePage.XuTitle + "</b>  \n<br>", string.Empty), SamplePage.Wang);

            var run = SamplePage.Run(page);

            Assert.Empty(run.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
            var xu = run.Catalog().Publications.Single(p => p.Label == "2021-#2");
            Assert.Null(xu.Title.En);
            Assert.Equal(SamplePage.XuTitleZh, xu.Title.Zh);
            Assert.Equal("Xu", xu.Citation.Authors[0].Family);
        }

        [Fact]
        public void RC1004_an_entry_without_a_citation()
        {
            var citationLine = SamplePage.Xu.Split('\n').Single(l => l.StartsWith("<br><a ", System.StringComparison.Ordinal));
            var page = SamplePage.Of(SamplePage.Zhang, SamplePage.Xu.Replace(citationLine + "\n", string.Empty), SamplePage.Wang);

            var run = SamplePage.Run(page);

            var diagnostic = Single(run, "RC1004", 23, 1);
            Assert.Contains("Entry '2021-#2' has no citation link", diagnostic.GetMessage());
            Assert.Contains("Write the citation as '<a href=\"https://doi.org/…\">citation text</a>'", diagnostic.GetMessage());
            AssertBrokenEntryLeftOut(run, "xu2021small");
        }

        [Fact]
        public void RC1005_the_label_year_differs_from_the_citation_year()
        {
            var page = SamplePage.Of(SamplePage.Zhang, SamplePage.Xu.Replace("Yue (2021)", "Yue (2019)"), SamplePage.Wang);

            var run = SamplePage.Run(page);

            var diagnostic = Single(run, "RC1005", 22, 1);
            Assert.Equal("The label '2021-#2' says 2021, but the citation says 2019. Correct whichever is wrong.", diagnostic.GetMessage());
            AssertBrokenEntryLeftOut(run, "xu2021small");
        }

        [Fact]
        public void RC1006_a_label_used_twice()
        {
            // Two different papers numbered 2021-#2: the second one is the error.
            var second = SamplePage.Wang.Replace("<b>2020-#1</b>", "<b>2021-#2</b>").Replace("(2020)", "(2021)");
            var page = SamplePage.Of(SamplePage.Zhang, SamplePage.Xu, second);

            var run = SamplePage.Run(page);

            var diagnostic = Single(run, "RC1006", 38, 1);
            Assert.Contains("The label '2021-#2' is already used on line 22", diagnostic.GetMessage());
            Assert.Contains("Give each entry its own number", diagnostic.GetMessage());
            Assert.True(run.Fails);
            Assert.Equal(new[] { "zhang2021selective", "xu2021small" }, run.Catalog().Publications.Select(p => p.Key));
        }

        [Fact]
        public void RC1009_an_image_without_a_source()
        {
            var page = SamplePage.Of(SamplePage.Zhang, SamplePage.Xu.Replace("<img src=\"/images/xuandong.png\" ", "<img "), SamplePage.Wang);

            var run = SamplePage.Run(page);

            var diagnostic = Single(run, "RC1009", 33, 35);
            Assert.Contains("Add the image path, such as src=\"/images/figure.png\"", diagnostic.GetMessage());
            AssertBrokenEntryLeftOut(run, "xu2021small");
        }

        [Theory]
        [InlineData("wide")]
        [InlineData("0")]
        [InlineData("50%")]
        public void RC1010_an_image_width_that_is_not_a_positive_number_of_pixels(string width)
        {
            var page = SamplePage.Of(SamplePage.Zhang, SamplePage.Xu.Replace("width=\"500\"", "width=\"" + width + "\""), SamplePage.Wang);

            var run = SamplePage.Run(page);

            // At the width attribute: <div style="text-align: center;"> <img src="/images/xuandong.png" alt="Strain fields of marble samples" width=…
            var diagnostic = Single(run, "RC1010", 33, 105);
            Assert.Equal("The width '" + width + "' is not a positive whole number of pixels. Write it like width=\"800\".", diagnostic.GetMessage());
            AssertBrokenEntryLeftOut(run, "xu2021small");
        }

        [Theory]
        [InlineData("javascript:alert(1)", "javascript:alert(1)")]
        [InlineData("JaVa\tScRiPt:alert(document.cookie)", "JaVa\tScRiPt:alert(document.cookie)")]
        [InlineData("mailto:xu@example.edu", "mailto:xu@example.edu")]
        [InlineData("doi.org/10.3389/feart.2021.672809", "doi.org/10.3389/feart.2021.672809")]
        [InlineData("//example.org/xu2021small", "//example.org/xu2021small")]
        public void RC1011_a_citation_link_that_is_not_http(string href, string shown)
        {
            var page = SamplePage.Of(SamplePage.Zhang, SamplePage.Xu.Replace("https://doi.org/10.3389/feart.2021.672809", href), SamplePage.Wang);

            var run = SamplePage.Run(page);

            // At the href attribute of <br><a href=…
            var diagnostic = Single(run, "RC1011", 26, 8);
            Assert.Equal(
                "The link '" + shown + "' is not an http(s) address. Link to the paper's DOI (https://doi.org/…) or publisher page.",
                diagnostic.GetMessage());
            AssertBrokenEntryLeftOut(run, "xu2021small");
        }

        [Fact]
        public void RC1011_once_for_a_link_inside_an_element_read_as_markdown()
        {
            // The element is read again as Markdown, and its links are collected there, not twice.
            var page = SamplePage.Of(SamplePage.Zhang, SamplePage.Xu + "\n\n<div markdown=\"1\">\nSlides: <a href=\"javascript:alert(1)\">PDF</a>\n</div>", SamplePage.Wang);

            var run = SamplePage.Run(page);

            Assert.Single(run.GeneratorDiagnostics, d => d.Id == "RC1011");
        }

        [Theory]
        [InlineData("<iframe src=\"https://www.youtube.com/embed/dQw4w9WgXcQ\" width=\"560\"></iframe>", "<iframe> element", 36)]
        [InlineData("<video controls src=\"/files/rupture.mp4\"></video>", "<video> element", 36)]
        public void RC1012_content_that_is_not_part_of_an_entry(string content, string what, int line)
        {
            var page = SamplePage.Of(SamplePage.Zhang, SamplePage.Xu + "\n\n" + content, SamplePage.Wang);

            var run = SamplePage.Run(page);

            var diagnostic = Single(run, "RC1012", line, 1);
            Assert.StartsWith("This " + what + " cannot be read as part of an entry.", diagnostic.GetMessage());
            Assert.Contains("no field holds this; move it below the final '----------' line, or link to it.", diagnostic.GetMessage());
            AssertBrokenEntryLeftOut(run, "xu2021small");
        }
    }
}
