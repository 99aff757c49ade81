using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using ResearchContent.Generators.Tests.Infrastructure;
using Xunit;

namespace ResearchContent.Generators.Tests
{
    /// <summary>
    /// A catalog past the size where ordinary string literals fail with CS8103 (about 4,500 seed-sized
    /// publications) still compiles, because the generator stores text as UTF-8 literals.
    /// </summary>
    public sealed class ScaleTests
    {
        [Fact]
        public void Five_thousand_publications_compile_and_load()
        {
            var lines = GeneratorHarness.ReferencePage.Split('\n');
            var page = SyntheticPage.Build(5000, lines[12].Trim(), lines[14].Trim());

            var run = GeneratorHarness.ForPage(page).Run();

            Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error || d.Id == "RC2007");
            using var stream = new MemoryStream();
            var emitted = run.Output.Emit(stream);
            Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
            var catalog = run.Catalog();
            Assert.Equal(5000, catalog.Publications.Count);
            Assert.True(catalog.TryGet("paper4999", out var last));
            Assert.Equal("2024-#4999", last!.Label);
        }
    }
}
