using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using ResearchContent.Generators.Merge;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Sources.Page;
using ResearchContent.Generators.Tests.Infrastructure;
using Xunit;
using static ResearchContent.Generators.Tests.Pages.Diagnostics.DiagnosticAssertions;

namespace ResearchContent.Generators.Tests.Pages.Diagnostics
{
    /// <summary>A page or a content file that cannot be read as a whole (RC0xxx): the exact ID, file, line and column, and what the catalog keeps.</summary>
    /// <remarks>
    /// No content can trigger RC0002 (the generator failed unexpectedly) without a bug to find, so its test breaks
    /// the pipeline's own invariant instead.
    /// </remarks>
    public sealed class FileDiagnosticTests
    {
        [Fact]
        public void The_sample_page_is_valid_so_each_test_breaks_one_thing()
        {
            var run = SamplePage.Run(SamplePage.Of(SamplePage.Zhang, SamplePage.Xu, SamplePage.Wang));

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.False(run.Fails);
            Assert.Equal(SamplePage.AllKeys, run.Catalog().Publications.Select(p => p.Key));
        }

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

        [Fact]
        public void RC0002_an_unexpected_failure_becomes_a_diagnostic_not_an_exception()
        {
            // A page that claims an entry the parse step never produced breaks the merge step's own invariant, as a bug
            // would; which exception the bug throws is not the point, only that it reaches the user as RC0002.
            var page = PageSplitter.Split(PagePath, "content/publications.md", SamplePage.Of(SamplePage.Zhang), System.Threading.CancellationToken.None);

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
    }
}
