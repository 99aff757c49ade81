using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using ResearchContent.Generators.Diagnostics;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Merge;
using ResearchContent.Generators.Pipeline;
using ResearchContent.Generators.Sources.Page;
using ResearchContent.Generators.Tests.Infrastructure;
using Xunit;

namespace ResearchContent.Generators.Tests
{
    /// <summary>
    /// One test per diagnostic: a small, realistic broken page, the exact ID, file, line and column, a message
    /// that says what to do, whether the build fails, and what the catalog keeps. An entry with an error is left
    /// out of the catalog and every other entry stays in it: no entry disappears without an error of its own.
    /// </summary>
    /// <remarks>
    /// No content can trigger RC0002 (the generator failed unexpectedly) without a bug to find, so its test breaks
    /// the pipeline's own invariant instead.
    /// </remarks>
    public sealed class DiagnosticTests
    {
        private const string PagePath = GeneratorHarness.ProjectDir + "content/publications.md";

        [Fact]
        public void The_sample_page_is_valid_so_each_test_breaks_one_thing()
        {
            var run = SamplePage.Run(SamplePage.Of(SamplePage.Zhang, SamplePage.Xu, SamplePage.Wang));

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.False(run.Fails);
            Assert.Equal(SamplePage.AllKeys, run.Catalog().Publications.Select(p => p.Key));
        }

        // ---- RC0xxx: pages and files ----

        [Fact]
        public void RC0001_invalid_YAML_front_matter_is_reported_at_the_YAML_error()
        {
            var page = SamplePage.Of(SamplePage.Zhang, SamplePage.Xu, SamplePage.Wang)
                .Replace("title: \"Research\"", "title: Research: papers");

            var run = SamplePage.Run(page);

            var diagnostic = Single(run, "RC0001", 3, 16);
            Assert.Equal(
                "The front matter is not valid YAML: While scanning a plain scalar value, found invalid mapping. Fix the YAML between the two '---' lines at the top of the page.",
                diagnostic.GetMessage());
            Assert.True(run.Fails);

            // The entries do not depend on the front matter: all three are compiled, the page has no title.
            var catalog = run.Catalog();
            Assert.Equal(SamplePage.AllKeys, catalog.Publications.Select(p => p.Key));
            Assert.Null(Assert.Single(catalog.Pages).Title);
        }

        [Fact]
        public void RC0001_front_matter_without_a_closing_line_is_reported_on_its_first_line()
        {
            // A page with one entry and no closing '---': the YAML runs to the end of the file.
            var page = SamplePage.Of(SamplePage.Zhang).Replace("permalink: /publications/\n---\n", "permalink: /publications/\n");

            var run = SamplePage.Run(page);

            var diagnostic = Single(run, "RC0001", 1, 1);
            Assert.Contains("not closed by a '---' line", diagnostic.GetMessage());
            Assert.True(run.Fails);
            Assert.Empty(run.Catalog().Publications);
        }

        [Fact]
        public void RC0001_front_matter_that_runs_into_the_first_entry_is_reported_at_that_entry()
        {
            // Without its closing line the front matter runs to the first '---' between entries, as in Jekyll, and
            // swallows the first entry: the error is on that entry's label line, where the '---' is missing.
            var page = SamplePage.Of(SamplePage.Zhang, SamplePage.Xu, SamplePage.Wang).Replace("permalink: /publications/\n---\n", "permalink: /publications/\n");

            var run = SamplePage.Run(page);

            var diagnostic = Single(run, "RC0001", 5, 1);
            Assert.Equal(
                "The front matter is not valid YAML: the front matter is not closed by a '---' line before this line. Fix the YAML between the two '---' lines at the top of the page.",
                diagnostic.GetMessage());
            Assert.True(run.Fails);
            Assert.Equal(new[] { "xu2021small", "wang2020space" }, run.Catalog().Publications.Select(p => p.Key));
        }

        [Fact]
        public void RC0003_a_content_file_that_cannot_be_read()
        {
            var harness = new GeneratorHarness(new AdditionalText[] { new InMemoryAdditionalText(GeneratorHarness.ProjectDir + "content/x.md", null) });

            var run = harness.Run();

            var diagnostic = Assert.Single(run.GeneratorDiagnostics);
            Assert.Equal("RC0003", diagnostic.Id);
            Assert.Equal(GeneratorHarness.ProjectDir + "content/x.md", diagnostic.Location.GetLineSpan().Path);
            Assert.Equal((1, 1), Position(diagnostic));
            Assert.Contains("Check that it exists and is UTF-8 text", diagnostic.GetMessage());
            Assert.True(run.Fails);
            Assert.Empty(run.Catalog().Publications);
        }

        // ---- RC1xxx: errors in one entry ----

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
            var page = SamplePage.Of(SamplePage.Zhang, SamplePage.Xu.Replace("<b>2021-#2</b>", "<b>2021-3</b>"), SamplePage.Wang);

            var run = SamplePage.Run(page);

            var diagnostic = Single(run, "RC1002", 22, 1);
            Assert.Contains("The label '2021-3' is not of the form 'YEAR-#NUMBER'", diagnostic.GetMessage());
            Assert.Contains("Write it like '<b>2021-#3</b>'", diagnostic.GetMessage());
            AssertBrokenEntryLeftOut(run, "xu2021small");
        }

        [Fact]
        public void RC1003_an_entry_without_an_English_title()
        {
            var page = SamplePage.Of(SamplePage.Zhang, SamplePage.Xu.Replace("<b>" + SamplePage.XuTitle + "</b>  \n<br>", string.Empty), SamplePage.Wang);

            var run = SamplePage.Run(page);

            // Reported at the header block's <div>.
            var diagnostic = Single(run, "RC1003", 23, 1);
            Assert.Contains("Entry '2021-#2' has no English title", diagnostic.GetMessage());
            Assert.Contains("Put the title in '<b>…</b>'", diagnostic.GetMessage());
            AssertBrokenEntryLeftOut(run, "xu2021");
        }

        [Fact]
        public void RC1004_an_entry_without_a_citation_link()
        {
            var page = SamplePage.Of(
                SamplePage.Zhang,
                SamplePage.Xu.Replace("<a href=\"https://doi.org/10.3389/feart.2021.672809\">", string.Empty).Replace("</a>", string.Empty),
                SamplePage.Wang);

            var run = SamplePage.Run(page);

            var diagnostic = Single(run, "RC1004", 23, 1);
            Assert.Contains("Entry '2021-#2' has no citation link", diagnostic.GetMessage());
            Assert.Contains("Write the citation as '<a href=\"https://doi.org/…\">citation text</a>'", diagnostic.GetMessage());
            AssertBrokenEntryLeftOut(run, "xu2021small");
        }

        [Fact]
        public void RC1005_the_label_year_differs_from_the_citation_year()
        {
            var page = SamplePage.Of(SamplePage.Zhang, SamplePage.Xu.Replace("Yue (2021)", "Yue (2020)"), SamplePage.Wang);

            var run = SamplePage.Run(page);

            var diagnostic = Single(run, "RC1005", 22, 1);
            Assert.Equal("The label '2021-#2' says 2021, but the citation says 2020. Correct whichever is wrong.", diagnostic.GetMessage());
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
        public void RC3002_derived_keys_that_collide_are_made_unique_in_label_order()
        {
            // Xu, 2021, "Small …" twice: both derive xu2021small. 2021-#1 was numbered first, so it keeps the key,
            // although it stands below 2021-#2 on the page.
            var second = SamplePage.Xu
                .Replace("<b>2021-#2</b>", "<b>2021-#1</b>")
                .Replace("Small Fractures Caused by the 2019 Ridgecrest Earthquake Sequence", "Small Earthquakes Seen by Sentinel-1")
                .Replace("/images/xuandong.png", "/images/research_33_1.png")
                .Replace("alt=\"Strain fields of marble samples\"", "alt=\"Interferograms of small earthquakes\"")
                .Replace("10.3389/feart.2021.672809", "10.3389/feart.2021.672810");
            var page = SamplePage.Of(SamplePage.Zhang, SamplePage.Xu, second);

            var run = SamplePage.Run(page);

            // At the label of the entry whose key changed.
            var diagnostic = Single(run, "RC3002", 22, 1);
            Assert.Equal(
                "The key 'xu2021small' derived for '2021-#2' is already taken by '2021-#1' (content/publications.md(38)), so '2021-#2' gets the key 'xu2021smallb'. To choose the keys yourself, set them with '<!-- key: … -->'.",
                diagnostic.GetMessage());
            Assert.False(run.Fails);
            Assert.Equal(new[] { "zhang2021selective", "xu2021smallb", "xu2021small" }, run.Catalog().Publications.Select(p => p.Key));
        }

        [Fact]
        public void RC3002_a_paper_added_with_a_higher_number_never_changes_an_older_key()
        {
            var older = SamplePage.Xu;
            var newer = SamplePage.Xu
                .Replace("<b>2021-#2</b>", "<b>2021-#4</b>")
                .Replace("Small Fractures Caused by the 2019 Ridgecrest Earthquake Sequence", "Small Earthquakes Seen by Sentinel-1")
                .Replace("/images/xuandong.png", "/images/research_33_1.png")
                .Replace("alt=\"Strain fields of marble samples\"", "alt=\"Interferograms of small earthquakes\"")
                .Replace("10.3389/feart.2021.672809", "10.3389/feart.2021.672810");

            var before = SamplePage.Run(SamplePage.Of(SamplePage.Zhang, older)).Catalog();
            var after = SamplePage.Run(SamplePage.Of(newer, SamplePage.Zhang, older)).Catalog();

            Assert.Equal("xu2021small", before.Publications.Single(p => p.Label == "2021-#2").Key);
            Assert.Equal("xu2021small", after.Publications.Single(p => p.Label == "2021-#2").Key);
            Assert.Equal("xu2021smallb", after.Publications.Single(p => p.Label == "2021-#4").Key);
        }

        [Fact]
        public void RC3002_a_derived_key_that_a_hand_written_key_took_is_made_unique()
        {
            var page = SamplePage.Of(
                SamplePage.Zhang,
                SamplePage.Xu,
                SamplePage.Wang.Replace("<b>2020-#1</b>  \n", "<b>2020-#1</b>  \n<!-- key: xu2021small -->\n"));

            var run = SamplePage.Run(page);

            Assert.Contains("is already taken by '2020-#1'", Single(run, "RC3002", 22, 1).GetMessage());
            Assert.False(run.Fails);
            Assert.Equal(new[] { "zhang2021selective", "xu2021smallb", "xu2021small" }, run.Catalog().Publications.Select(p => p.Key));
        }

        [Fact]
        public void RC1007_an_explicit_key_that_another_explicit_key_already_has()
        {
            var page = SamplePage.Of(
                SamplePage.Zhang,
                SamplePage.Xu.Replace("<b>2021-#2</b>  \n", "<b>2021-#2</b>  \n<!-- key: xu2021small -->\n"),
                SamplePage.Wang.Replace("<b>2020-#1</b>  \n", "<b>2020-#1</b>  \n<!-- key: xu2021small -->\n"));

            var run = SamplePage.Run(page);

            // Reported at the key comment, the line after the label.
            var diagnostic = Single(run, "RC1007", 40, 1);
            Assert.Contains("The key 'xu2021small' is already used by '2021-#2'", diagnostic.GetMessage());
            Assert.True(run.Fails);
            Assert.Equal(new[] { "zhang2021selective", "xu2021small" }, run.Catalog().Publications.Select(p => p.Key));
        }

        [Fact]
        public void RC1008_a_key_override_with_characters_a_key_cannot_have()
        {
            var page = SamplePage.Of(SamplePage.Zhang, SamplePage.Xu.Replace("<b>2021-#2</b>  \n", "<b>2021-#2</b>  \n<!-- key: 2021 xu small -->\n"), SamplePage.Wang);

            var run = SamplePage.Run(page);

            var diagnostic = Single(run, "RC1008", 23, 1);
            Assert.Contains("The key '2021 xu small' cannot be used: it has characters a key cannot have", diagnostic.GetMessage());
            Assert.Contains("Choose another key: one that starts with a letter and has only letters, digits", diagnostic.GetMessage());
            AssertBrokenEntryLeftOut(run, "xu2021small");
        }

        [Theory]
        [InlineData("publications", "Publications")]
        [InlineData("try-get", "TryGet")]
        [InlineData("key-table", "KeyTable")]
        [InlineData("get", "Get")]
        [InlineData("stored-data", "StoredData")]
        [InlineData("page-data", "PageData")]
        [InlineData("research-catalog", "ResearchCatalog")]
        public void RC1008_a_key_whose_property_would_hide_a_member_of_the_catalog(string key, string property)
        {
            var page = SamplePage.Of(SamplePage.Zhang, SamplePage.Xu.Replace("<b>2021-#2</b>  \n", "<b>2021-#2</b>  \n<!-- key: " + key + " -->\n"), SamplePage.Wang);

            var run = SamplePage.Run(page);

            var diagnostic = Single(run, "RC1008", 23, 1);
            Assert.Contains($"The key '{key}' cannot be used: its property '{property}' would hide a member of ResearchCatalog. Choose another key", diagnostic.GetMessage());
            AssertBrokenEntryLeftOut(run, key);
            Assert.Equal(2, run.Catalog().Publications.Count);
        }

        /// <summary>The stored blocks and the switches that find them are members of a nested class: a key may be named like one.</summary>
        [Fact]
        public void A_key_named_like_a_stored_block_is_a_property_like_any_other()
        {
            var page = SamplePage.Of(SamplePage.Zhang, SamplePage.Xu.Replace("<b>2021-#2</b>  \n", "<b>2021-#2</b>  \n<!-- key: chunk0 -->\n"), SamplePage.Wang);

            var run = SamplePage.Run(page);

            Assert.False(run.Fails, run.Describe());
            Assert.Equal("chunk0", run.Catalog().Property("Chunk0").Key);
            Assert.True(run.Catalog().TryGet("chunk0", out var paper));
            Assert.Equal("2021-#2", paper!.Label);
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
        [InlineData("/files/xu2021small.pdf", "/files/xu2021small.pdf")]
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

        [Theory]
        [InlineData("## Notes\n\nThe samples are kept in Wuhan.", "heading", 36)]
        [InlineData("- Data: Sentinel-1\n- Code: on request", "list", 36)]
        [InlineData("<table>\n<tr><td>Sentinel-1</td><td>2019</td></tr>\n</table>", "<table> element", 36)]
        public void RC1012_content_that_is_not_part_of_an_entry(string content, string what, int line)
        {
            var page = SamplePage.Of(SamplePage.Zhang, SamplePage.Xu + "\n\n" + content, SamplePage.Wang);

            var run = SamplePage.Run(page);

            var diagnostic = Single(run, "RC1012", line, 1);
            Assert.StartsWith("This " + what + " cannot be read as part of an entry.", diagnostic.GetMessage());
            Assert.Contains("move other text below the final '----------' line", diagnostic.GetMessage());
            AssertBrokenEntryLeftOut(run, "xu2021small");
        }

        // ---- RC2xxx: warnings; the entry stays in the catalog ----

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

        [Fact]
        public void RC0002_an_unexpected_failure_becomes_a_diagnostic_not_an_exception()
        {
            // A page that claims an entry the parse step never produced breaks the merge step's own invariant, as a bug
            // would; which exception the bug throws is not the point, only that it reaches the user as RC0002.
            var page = PageSplitter.Split(PagePath, "content/publications.md", SamplePage.Of(SamplePage.Zhang));

            var build = CatalogAssembler.Assemble(ImmutableArray<ParsedEntry>.Empty, ImmutableArray.Create(page), ImmutableArray<SourceFile>.Empty, ImmutableArray<string>.Empty, default);

            var failure = Assert.Single(build.Diagnostics);
            Assert.Equal("RC0002", failure.Id);
            Assert.Equal(PagePath, failure.FilePath);
            var message = failure.ToDiagnostic().GetMessage();
            Assert.Matches("^ResearchContent could not process this file: [A-Za-z]+Exception: .+", message);
            Assert.EndsWith(". Please report this with the file that causes it.", message);
            Assert.DoesNotContain("..", message);
            Assert.Empty(build.Catalog.Publications);
        }

        // ---- Citation cross-checks ----

        [Fact]
        public void RC2010_a_DOI_in_the_citation_text_that_differs_from_the_link()
        {
            var page = SamplePage.Of(SamplePage.Zhang, SamplePage.Xu.Replace("1–11.</a>", "1–11. doi:10.3389/feart.2021.999999.</a>"), SamplePage.Wang);

            var run = SamplePage.Run(page);

            var diagnostic = Single(run, "RC2010", 26, 5);
            Assert.Equal(
                "The link's DOI '10.3389/feart.2021.672809' differs from the DOI '10.3389/feart.2021.999999' in the citation text; the catalog uses the link's. Make them the same paper.",
                diagnostic.GetMessage());
            AssertWarningOnly(run);
            Assert.Equal("10.3389/feart.2021.672809", run.Catalog().Property("Xu2021Small").Citation.Doi);
        }

        [Fact]
        public void A_DOI_only_in_the_citation_text_is_the_publications_DOI()
        {
            var page = SamplePage.Of(
                SamplePage.Zhang.Replace("14, 8537–8551.</a>", "14, 8537–8551, doi: 10.1109/JSTARS.2021.3106107.</a>"),
                SamplePage.Xu,
                SamplePage.Wang);

            var run = SamplePage.Run(page);

            Assert.False(run.Fails);
            var zhang = run.Catalog().Property("Zhang2021Selective");
            Assert.Equal("https://ieeexplore.ieee.org/document/9516966", zhang.Citation.Url);
            Assert.Equal("10.1109/JSTARS.2021.3106107", zhang.Citation.Doi);
            Assert.Equal("https://doi.org/10.1109/JSTARS.2021.3106107", zhang.Citation.DoiUrl);
        }

        [Fact]
        public void Header_links_after_the_citation_are_the_publications_links()
        {
            var page = SamplePage.Of(
                SamplePage.Zhang.Replace("8537–8551.</a>", "8537–8551.</a>  \n<br><a href=\"https://news.example.org/masknet\">News coverage</a> | <a href=\"https://example.org/zhang2021.pdf\">PDF</a>"),
                SamplePage.Xu.Replace("1–11.</a>", "1–11.</a> <a href=\"/files/xu2021.pdf\">PDF</a>"),
                SamplePage.Wang);

            var run = SamplePage.Run(page);

            var zhang = run.Catalog().Property("Zhang2021Selective");
            Assert.Equal(new[] { ("News coverage", "https://news.example.org/masknet"), ("PDF", "https://example.org/zhang2021.pdf") }, zhang.Links.Select(l => (l.Text, l.Url)));

            // A PDF on the group's own site is linked relative to it, and kept so.
            Assert.Equal(new[] { ("PDF", "/files/xu2021.pdf") }, run.Catalog().Property("Xu2021Small").Links.Select(l => (l.Text, l.Url)));
            Assert.False(run.Fails);
        }

        [Fact]
        public void RC1014_the_same_DOI_on_two_entries()
        {
            var page = SamplePage.Of(
                SamplePage.Zhang.Replace("https://ieeexplore.ieee.org/document/9516966", "https://doi.org/10.3389/feart.2021.672809"),
                SamplePage.Xu,
                SamplePage.Wang);

            var run = SamplePage.Run(page);

            var diagnostic = Single(run, "RC1014", 26, 5);
            Assert.Equal(
                "The DOI '10.3389/feart.2021.672809' is already cited by '2021-#3' (content/publications.md(10)). Each paper should appear once; remove or correct one of them.",
                diagnostic.GetMessage());
            AssertBrokenEntryLeftOut(run, "xu2021small");
        }

        [Fact]
        public void RC2007_a_citation_the_parser_cannot_read_completely()
        {
            var page = SamplePage.Of(
                SamplePage.Zhang,
                SamplePage.Xu.Replace(
                    "Xu, A., Y. Zhao, T. Wang*, C. Ren, and H. Yue (2021), ",
                    "(2021) "),
                SamplePage.Wang);

            var run = SamplePage.Run(page);

            var diagnostic = Single(run, "RC2007", 26, 5);
            Assert.StartsWith("The citation of '2021-#2' could not be read confidently: its authors", diagnostic.GetMessage());
            AssertWarningOnly(run);
            var xu = run.Catalog().Publications.Single(p => p.Label == "2021-#2");
            Assert.Empty(xu.Citation.Authors);
            Assert.Equal("Small Fractures Caused by the 2019 Ridgecrest Earthquake Sequence: Insights From 3D Coseismic Displacement and Uniaxial Loading Rock Experiments", xu.Citation.Title);
            Assert.Equal("small2021fractures", xu.Key);
        }

        [Theory]
        [InlineData("https://www.doi.org/10.1029/2020GL090206")]
        [InlineData("https://dx.doi.org/10.1029/2020GL090206")]
        [InlineData("http://doi.org/10.1029/2020GL090206")]
        public void RC3001_a_DOI_link_not_in_the_recommended_form(string link)
        {
            var page = SamplePage.Of(SamplePage.Zhang, SamplePage.Xu, SamplePage.Wang.Replace("https://doi.org/10.1029/2020GL090206", link));

            var run = SamplePage.Run(page);

            var diagnostic = Single(run, "RC3001", 42, 5);
            Assert.Equal("Link the DOI as 'https://doi.org/10.1029/2020GL090206': Crossref's display guidelines recommend https://doi.org/ links.", diagnostic.GetMessage());
            Assert.False(run.Fails);
            Assert.Equal(link, run.Catalog().Property("Wang2020Space").Citation.Url);
            Assert.Equal("10.1029/2020GL090206", run.Catalog().Property("Wang2020Space").Citation.Doi);
        }

        // ---- Keys from the front matter ----

        [Fact]
        public void The_front_matter_keys_mapping_overrides_a_derived_key()
        {
            var page = SamplePage.Of(SamplePage.Zhang, SamplePage.Xu, SamplePage.Wang)
                .Replace("permalink: /publications/\n", "permalink: /publications/\nkeys:\n  \"2021-#3\": zhang2021masknet\n");

            var run = SamplePage.Run(page);

            Assert.Empty(run.GeneratorDiagnostics);
            var catalog = run.Catalog();
            Assert.True(catalog.HasProperty("Zhang2021Masknet"));
            Assert.False(catalog.HasProperty("Zhang2021Selective"));
            Assert.Equal("2021-#3", catalog.Property("Zhang2021Masknet").Label);
            Assert.Equal(new[] { "zhang2021masknet", "xu2021small", "wang2020space" }, catalog.Publications.Select(p => p.Key));
        }

        [Fact]
        public void A_front_matter_key_that_collides_with_a_hand_written_key_is_reported_at_the_mapping()
        {
            var page = SamplePage.Of(SamplePage.Zhang.Replace("<b>2021-#3</b>  \n", "<b>2021-#3</b>  \n<!-- key: zhang2021selective -->\n"), SamplePage.Xu, SamplePage.Wang)
                .Replace("permalink: /publications/\n", "permalink: /publications/\nkeys:\n  \"2020-#1\": zhang2021selective\n");

            var run = SamplePage.Run(page);

            // Line 6 of the page, at the value after '"2020-#1": '.
            var diagnostic = Single(run, "RC1007", 6, 14);
            Assert.Contains("The key 'zhang2021selective' is already used by '2021-#3'", diagnostic.GetMessage());
            Assert.True(run.Fails);
            Assert.Equal(new[] { "zhang2021selective", "xu2021small" }, run.Catalog().Publications.Select(p => p.Key));
        }

        // ---- Helpers ----

        private static (int Line, int Column) Position(Diagnostic diagnostic)
        {
            var start = diagnostic.Location.GetLineSpan().StartLinePosition;
            return (start.Line + 1, start.Character + 1);
        }

        /// <summary>The one diagnostic with this ID, asserted to be in content/publications.md at the 1-based line and column.</summary>
        private static Diagnostic Single(GeneratorRun run, string id, int line, int column)
        {
            var diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Id == id);
            Assert.Equal(PagePath, diagnostic.Location.GetLineSpan().Path);
            Assert.Equal((line, column), Position(diagnostic));
            Assert.Equal(id[2] switch { '2' => DiagnosticSeverity.Warning, '3' => DiagnosticSeverity.Info, _ => DiagnosticSeverity.Error }, diagnostic.Severity);
            return diagnostic;
        }

        /// <summary>The build fails; the broken middle entry is not in the catalog, the two around it are.</summary>
        private static void AssertBrokenEntryLeftOut(GeneratorRun run, string brokenKey)
        {
            Assert.True(run.Fails);
            var catalog = run.Catalog();
            Assert.Equal(new[] { "zhang2021selective", "wang2020space" }, catalog.Publications.Select(p => p.Key));
            Assert.False(catalog.TryGet(brokenKey, out _));
            Assert.DoesNotContain(catalog.Diagnostics, d => d.Severity == "Error");
        }

        /// <summary>Only warnings: the build passes and all three entries are in the catalog.</summary>
        private static void AssertWarningOnly(GeneratorRun run)
        {
            Assert.All(run.GeneratorDiagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
            Assert.False(run.Fails);
            var catalog = run.Catalog();
            Assert.Equal(3, catalog.Publications.Count);
            Assert.Equal(run.GeneratorDiagnostics.Length, catalog.Diagnostics.Count);
        }
    }

    /// <summary>
    /// A valid bilingual page modelled on the reference page, for tests to break one entry of. Of(Zhang, Xu, Wang)
    /// puts the front matter on lines 1–5 and the entries on lines 6–18, 22–34 and 38–50:
    /// label +0, header &lt;div&gt; +1, English title +2, Chinese title +3, citation +4, abstracts +7 and +9,
    /// figure block +11.
    /// </summary>
    internal static class SamplePage
    {
        public const string FrontMatter = "---\nlayout: archive\ntitle: \"Research\"\npermalink: /publications/\n---\n";

        public const string Trailer = "----------\n# Publications\n\n{% include base_path %}\n";

        public const string ZhangTitleZh = "基于深度学习生成失相干掩膜及其在TanDEM-X干涉图中的应用";
        public const string ZhangAbstractZh = "合成孔径雷达干涉测量（InSAR）是一种能够高分辨率精确测绘地形和地表形变的遥感工具。";
        public const string XuTitle = "Small Fractures Caused by the 2019 Ridgecrest Earthquake Sequence: Insights from 3D coseismic displacement and uniaxial loading rock experiments";
        public const string XuTitleZh = "由2019年Ridgecrest地震序列引起的地表小裂隙:基于三维同震位移和单轴加载岩石实验的研究";
        public const string XuAbstractZh = "2019年7月4日和6日矩震级为6.4和7.1的Ridgecrest地震序列，破裂了加利福尼亚东部剪切带内的一个共轭断层系统。";
        public const string WangTitleZh = "空间影像大地测量在2016年新西兰凯库拉地震中揭示的近圆形同震块体旋转";
        public const string WangAbstractZh = "大地震通常会通过在板块边界断层发生破裂，将累积的应力以局部位移和应变的形式释放出来。";

        public static readonly string Zhang = string.Join("\n",
            "<b>2021-#3</b>  ",
            "<div style=\"text-align: center;\">",
            "<b>Selective Kernel Res-Attention UNet: Deep Learning for Generating Decorrelation Mask with Applications to TanDEM-X Interferograms</b>  ",
            "<br><b>" + ZhangTitleZh + "</b>  ",
            "<br><a href=\"https://ieeexplore.ieee.org/document/9516966\">Zhang, Q., T. Wang, Y. Pei, and X. Shi (2021), Selective Kernel Res-Attention UNet: Deep Learning for Generating Decorrelation Mask with Applications to TanDEM-X Interferograms, IEEE J. Sel. Top. Appl. Earth Obs. Remote Sens., 14, 8537–8551.</a>",
            "</div>",
            "",
            "Synthetic aperture radar interferometry (InSAR) is a remote sensing tool that can accurately map terrain and surface deformation with high resolution.",
            "",
            ZhangAbstractZh,
            "",
            "<div style=\"text-align: center;\"> <img src=\"/images/zhangqi.png\" alt=\"Decorrelation masks of Wuhan\" width=\"900\"> <br>Decorrelation masks of the TanDEM-X interferogram covering Wuhan.  ",
            "<br>中国武汉城区TanDEM-X掩膜干涉图</div>");

        public static readonly string Xu = string.Join("\n",
            "<b>2021-#2</b>  ",
            "<div style=\"text-align: center;\">",
            "<b>" + XuTitle + "</b>  ",
            "<br><b>" + XuTitleZh + "</b>  ",
            "<br><a href=\"https://doi.org/10.3389/feart.2021.672809\">Xu, A., Y. Zhao, T. Wang*, C. Ren, and H. Yue (2021), Small Fractures Caused by the 2019 Ridgecrest Earthquake Sequence: Insights From 3D Coseismic Displacement and Uniaxial Loading Rock Experiments. Frontiers in Earth Science, 9(June), 1–11.</a>",
            "</div>",
            "",
            "The moment magnitude (Mw) 6.4 and 7.1 Ridgecrest earthquake sequence occurred on 4th and 6th July 2019, ruptured a conjugate fault system within the eastern California shear zone.",
            "",
            XuAbstractZh,
            "",
            "<div style=\"text-align: center;\"> <img src=\"/images/xuandong.png\" alt=\"Strain fields of marble samples\" width=\"500\"> <br>Strain fields observed before the broken of marble samples.  ",
            "<br>大理岩样品破裂前的应变场特征</div>");

        public static readonly string Wang = string.Join("\n",
            "<b>2020-#1</b>  ",
            "<div style=\"text-align: center;\">",
            "<b>Space imaging geodesy reveals near circular, coseismic block rotation during the 2016 Mw 7.8 Kaikōura earthquake, New Zealand</b>  ",
            "<br><b>" + WangTitleZh + "</b>  ",
            "<br><a href=\"https://doi.org/10.1029/2020GL090206\">Wang, T., Jiao, L., Tapponnier, P., Shi, X., &amp; Wei, S. (2020). Space imaging geodesy reveals near circular, coseismic block rotation during the 2016 Mw 7.8 Kaikōura earthquake, New Zealand. Geophysical Research Letters, 47, e2020GL090206.</a>",
            "</div>",
            "",
            "Large earthquakes usually rupture plate boundary faults, releasing the accumulated stress as displacements localized along smooth, narrow faults.",
            "",
            WangAbstractZh,
            "",
            "<div style=\"text-align: center;\"> <img src=\"/images/research_33_1.png\" alt=\"Coseismic displacement along the Hope fault\" width=\"800\"> <br>Three-dimensional (3D) coseismic displacement along the Hope fault.  ",
            "<br>Hope断层附近三维同震形变场揭示的块体旋转破裂模式 </div>");

        public static readonly string[] AllKeys = { "zhang2021selective", "xu2021small", "wang2020space" };

        /// <summary>The images the sample figures show, as content files.</summary>
        public static readonly string[] Images = { "content/images/zhangqi.png", "content/images/xuandong.png", "content/images/research_33_1.png" };

        /// <summary>The front matter, the entries separated by '---' lines, then the page text after '----------'.</summary>
        public static string Of(params string[] entries) =>
            FrontMatter + string.Join("\n\n---\n\n", entries) + "\n\n" + Trailer;

        /// <summary>Runs the generator on the page, with the sample images as content files.</summary>
        public static GeneratorRun Run(string page) => GeneratorHarness.ForPage(page, Images).Run();
    }
}
