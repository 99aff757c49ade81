using System.Linq;
using ApprovalTests;
using ApprovalTests.Reporters;
using Microsoft.CodeAnalysis;
using ResearchContent.Generators.Tests.Infrastructure;
using Xunit;

namespace ResearchContent.Generators.Tests.Snapshots
{
    /// <summary>The generated code is an API: its exact text for the reference page is approved, and it builds cleanly.</summary>
    [UseReporter(typeof(QuietReporter))]
    public sealed class GeneratedCodeTests
    {
        [Fact]
        public void Reference_page_catalog()
        {
            var run = GeneratorHarness.ForPage(GeneratorHarness.ReferencePage).Run();
            Approvals.Verify(run.Source);
        }

        [Fact]
        public void Generated_code_compiles_with_no_warnings_under_nullable_and_documentation_checks()
        {
            var run = GeneratorHarness.ForPage(GeneratorHarness.ReferencePage).Run();
            var problems = run.Output.GetDiagnostics()
                .Where(d => d.Severity >= DiagnosticSeverity.Warning || d.IsWarningAsError)
                .Select(d => d.ToString())
                .ToArray();
            Assert.Empty(problems);
            Assert.Equal(NullableContextOptions.Enable, run.Output.Options.NullableContextOptions);
        }

        [Fact]
        public void Generation_is_deterministic_byte_for_byte()
        {
            var first = GeneratorHarness.ForPage(GeneratorHarness.ReferencePage).Run().Source;
            var second = GeneratorHarness.ForPage(GeneratorHarness.ReferencePage).Run().Source;
            Assert.Equal(first, second);
        }

        [Fact]
        public void An_empty_project_still_gets_an_empty_catalog_that_compiles()
        {
            var run = new GeneratorHarness(System.Array.Empty<AdditionalText>()).Run();
            Assert.False(run.Fails);
            var catalog = run.Catalog();
            Assert.Empty(catalog.Publications);
            Assert.Empty(catalog.Pages);
            Assert.False(catalog.TryGet("anything", out _));
        }

        [Fact]
        public void Pages_are_ordered_by_path_whatever_order_the_project_lists_them_in()
        {
            var page = GeneratorHarness.ReferencePage;
            var second = page.Replace("<b>2021-#3</b>", "<b>2021-#3</b>\n<!-- key: other2021a -->")
                .Replace("<b>2021-#2</b>", "<b>2021-#2</b>\n<!-- key: other2021b -->")
                .Replace("<b>2021-#1</b>", "<b>2021-#1</b>\n<!-- key: other2021c -->")
                .Replace("<b>2020-#1</b>", "<b>2020-#1</b>\n<!-- key: other2020a -->");
            var forward = GeneratorHarness.ForPages(new[] { ("content/a.md", page), ("content/b.md", second) }).Run();
            var backward = GeneratorHarness.ForPages(new[] { ("content/b.md", second), ("content/a.md", page) }).Run();
            Assert.Equal(forward.Source, backward.Source);
            Assert.Equal(new[] { "content/a.md", "content/b.md" }, forward.Catalog().Pages.Select(p => p.Path));
        }
    }
}
