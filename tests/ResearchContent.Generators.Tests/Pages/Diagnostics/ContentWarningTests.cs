using System.Linq;
using ResearchContent.Generators.Tests.Infrastructure;
using Xunit;
using static ResearchContent.Generators.Tests.Pages.Diagnostics.DiagnosticAssertions;

namespace ResearchContent.Generators.Tests.Pages.Diagnostics
{
    /// <summary>Warnings (RC2001–RC2006): the entry stays in the catalog and the build passes, with the warning at its line and column.</summary>
    public sealed class ContentWarningTests
    {
        [Fact]
        public void RC2001_an_image_that_is_not_among_the_content_files()
        {
            var page = SamplePage.Of(SamplePage.Zhang, SamplePage.Xu.Replace("/images/xuandong.png", "/images/x.png"), SamplePage.Wang);

            var run = SamplePage.Run(page);

            var diagnostic = Single(run, "RC2001", 33, 35);
            Assert.Contains("The image '/images/x.png' is not among the project's content files", diagnostic.GetMessage());
            Assert.Contains("Add it (for example under content/images/) or correct the path", diagnostic.GetMessage());
            AssertWarningOnly(run);
            var catalog = run.Catalog();
            Assert.False(Assert.Single(catalog.Property("Xu2021Small").Figures).ImageExists);
            var kept = Assert.Single(catalog.Diagnostics);
            Assert.Equal(("RC2001", "Warning", "content/publications.md", 33, 35), (kept.Id, kept.Severity, kept.Path, kept.Line, kept.Column));

            // Once the image is a content file, the warning is gone.
            var fixedRun = GeneratorHarness.ForPage(page, SamplePage.Images.Append("content/images/x.png").ToArray()).Run();
            Assert.Empty(fixedRun.GeneratorDiagnostics);
            Assert.True(Assert.Single(fixedRun.Catalog().Property("Xu2021Small").Figures).ImageExists);
        }

        [Fact]
        public void RC2002_the_same_alt_text_on_two_figures()
        {
            var page = SamplePage.Of(SamplePage.Zhang, SamplePage.Xu.Replace("Strain fields of marble samples", "Decorrelation masks of Wuhan"), SamplePage.Wang);

            var run = SamplePage.Run(page);

            var diagnostic = Single(run, "RC2002", 33, 67);
            Assert.Contains("The alt text 'Decorrelation masks of Wuhan' is also used on line 17", diagnostic.GetMessage());
            Assert.Contains("Describe what this figure shows", diagnostic.GetMessage());
            AssertWarningOnly(run);
        }

        [Fact]
        public void RC2003_a_header_title_that_is_not_in_the_citation()
        {
            var page = SamplePage.Of(SamplePage.Zhang, SamplePage.Xu.Replace("<b>Small Fractures Caused", "<b>Tiny Fractures Caused"), SamplePage.Wang);

            var run = SamplePage.Run(page);

            var diagnostic = Single(run, "RC2003", 24, 1);
            Assert.Contains("The title of '2021-#2' does not appear in its citation", diagnostic.GetMessage());
            Assert.Contains("Make the header title and the citation's title the same paper", diagnostic.GetMessage());
            AssertWarningOnly(run);
            Assert.StartsWith("Tiny Fractures", run.Catalog().Property("Xu2021Tiny").Title.En);
        }

        [Fact]
        public void RC2004_a_missing_Chinese_title_on_a_bilingual_page()
        {
            var page = SamplePage.Of(SamplePage.Zhang, SamplePage.Xu.Replace("<br><b>" + SamplePage.XuTitleZh + "</b>  \n", string.Empty), SamplePage.Wang);

            var run = SamplePage.Run(page);

            var diagnostic = Single(run, "RC2004", 24, 1);
            Assert.Contains("Entry '2021-#2' has no Chinese title, while this page is bilingual", diagnostic.GetMessage());
            Assert.Contains("Add '<br><b>中文标题</b>' after the English title", diagnostic.GetMessage());
            AssertWarningOnly(run);
            Assert.Null(run.Catalog().Property("Xu2021Small").Title.Zh);
        }

        [Fact]
        public void RC2005_a_missing_Chinese_abstract_on_a_bilingual_page()
        {
            var page = SamplePage.Of(SamplePage.Zhang, SamplePage.Xu.Replace(SamplePage.XuAbstractZh + "\n\n", string.Empty), SamplePage.Wang);

            var run = SamplePage.Run(page);

            var diagnostic = Single(run, "RC2005", 22, 1);
            Assert.Contains("Entry '2021-#2' has no Chinese abstract, while this page is bilingual", diagnostic.GetMessage());
            Assert.Contains("Add a Chinese paragraph after the English abstract", diagnostic.GetMessage());
            AssertWarningOnly(run);
            Assert.Null(run.Catalog().Property("Xu2021Small").Abstract.Zh);
        }

        [Fact]
        public void RC2004_and_RC2005_do_not_fire_on_an_English_only_page()
        {
            static string English(string entry, string titleZh, string abstractZh) =>
                entry.Replace("<br><b>" + titleZh + "</b>  \n", string.Empty).Replace(abstractZh + "\n\n", string.Empty);

            var page = SamplePage.Of(
                English(SamplePage.Zhang, SamplePage.ZhangTitleZh, SamplePage.ZhangAbstractZh),
                English(SamplePage.Xu, SamplePage.XuTitleZh, SamplePage.XuAbstractZh),
                English(SamplePage.Wang, SamplePage.WangTitleZh, SamplePage.WangAbstractZh));

            var run = SamplePage.Run(page);

            Assert.Empty(run.GeneratorDiagnostics);
            var catalog = run.Catalog();
            Assert.Equal(SamplePage.AllKeys, catalog.Publications.Select(p => p.Key));
            Assert.All(catalog.Publications, p => Assert.Null(p.Title.Zh));
            Assert.All(catalog.Publications, p => Assert.Null(p.Abstract.Zh));
        }

        [Theory]
        [InlineData("/files/xu2021small.pdf")]
        [InlineData("{{ site.baseurl }}/files/xu2021small.pdf")]
        public void RC2014_a_citation_linked_to_a_path_on_the_site_is_read_and_warned_about(string href)
        {
            var page = SamplePage.Of(SamplePage.Zhang, SamplePage.Xu.Replace("https://doi.org/10.3389/feart.2021.672809", href), SamplePage.Wang);

            var run = SamplePage.Run(page);

            // At the href attribute of <br><a href=…
            var diagnostic = Single(run, "RC2014", 26, 8);
            Assert.Contains("Entry '2021-#2' links its citation to '" + href + "', a path on this site", diagnostic.GetMessage());
            AssertWarningOnly(run);
            Assert.Equal(href, run.Catalog().Property("Xu2021Small").Citation.Url);
        }

        [Fact]
        public void RC2012_a_citation_typed_without_a_link_is_read_and_warned_about()
        {
            var page = SamplePage.Of(
                SamplePage.Zhang,
                SamplePage.Xu.Replace("<a href=\"https://doi.org/10.3389/feart.2021.672809\">", string.Empty).Replace("</a>", string.Empty),
                SamplePage.Wang);

            var run = SamplePage.Run(page);

            // At the citation's first character, after "<br>".
            var diagnostic = Single(run, "RC2012", 26, 5);
            Assert.Contains("Entry '2021-#2' gives its citation as plain text, with no link", diagnostic.GetMessage());
            Assert.Contains("Link it: '<a href=\"https://doi.org/…\">citation text</a>'", diagnostic.GetMessage());
            AssertWarningOnly(run);
            var xu = run.Catalog().Property("Xu2021Small");
            Assert.Equal(string.Empty, xu.Citation.Url);
            Assert.StartsWith("Xu, A., Y. Zhao, T. Wang*, C. Ren, and H. Yue (2021), Small Fractures", xu.Citation.Text);
            Assert.Equal("Frontiers in Earth Science", xu.Citation.Container);
            Assert.Null(xu.Citation.Doi);
        }

        [Fact]
        public void RC2013_a_label_a_year_off_the_citation_is_a_warning()
        {
            // Online in 2021, in the 2022 issue: labelled by the online year.
            var page = SamplePage.Of(SamplePage.Zhang, SamplePage.Xu.Replace("Yue (2021)", "Yue (2022)"), SamplePage.Wang);

            var run = SamplePage.Run(page);

            var diagnostic = Single(run, "RC2013", 22, 1);
            Assert.Equal("The label '2021-#2' says 2021 and the citation 2022. A paper online one year and in an issue the next is labelled by either; if this is a slip, correct whichever is wrong.", diagnostic.GetMessage());
            AssertWarningOnly(run);
            var xu = run.Catalog().Property("Xu2021Small");
            Assert.Equal((2021, 2022), (xu.Year, xu.Citation.Year));
        }

        [Fact]
        public void RC2006_a_citation_without_a_year()
        {
            var page = SamplePage.Of(SamplePage.Zhang.Replace("X. Shi (2021), ", "X. Shi, "), SamplePage.Xu, SamplePage.Wang);

            var run = SamplePage.Run(page);

            // At the citation's <a>.
            var diagnostic = Single(run, "RC2006", 10, 5);
            Assert.Contains("The citation of '2021-#3' has no year, so its label year cannot be checked", diagnostic.GetMessage());
            Assert.Contains("Add the year, as in '(2021)'", diagnostic.GetMessage());
            AssertWarningOnly(run);
            Assert.Equal(2021, run.Catalog().Property("Zhang2021Selective").Year);
        }
    }
}
