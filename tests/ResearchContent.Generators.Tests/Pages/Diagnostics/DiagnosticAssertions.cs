using System.Linq;
using Microsoft.CodeAnalysis;
using ResearchContent.Generators.Tests.Infrastructure;
using Xunit;

namespace ResearchContent.Generators.Tests.Pages.Diagnostics
{
    /// <summary>
    /// What every diagnostic test of a page asserts: the exact ID, file, line and column and severity; and what the
    /// catalog keeps: an entry with an error is left out and every other entry stays, so that no entry disappears
    /// without an error of its own.
    /// </summary>
    internal static class DiagnosticAssertions
    {
        public const string PagePath = GeneratorHarness.ProjectDir + "content/publications.md";

        public static (int Line, int Column) Position(Diagnostic diagnostic)
        {
            var start = diagnostic.Location.GetLineSpan().StartLinePosition;
            return (start.Line + 1, start.Character + 1);
        }

        /// <summary>The one diagnostic with this ID, asserted to be in content/publications.md at the 1-based line and column.</summary>
        public static Diagnostic Single(GeneratorRun run, string id, int line, int column)
        {
            var diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Id == id);
            Assert.Equal(PagePath, diagnostic.Location.GetLineSpan().Path);
            Assert.Equal((line, column), Position(diagnostic));
            Assert.Equal(id[2] switch { '2' => DiagnosticSeverity.Warning, '3' => DiagnosticSeverity.Info, _ => DiagnosticSeverity.Error }, diagnostic.Severity);
            return diagnostic;
        }

        /// <summary>The build fails; the broken middle entry is not in the catalog, the two around it are.</summary>
        public static void AssertBrokenEntryLeftOut(GeneratorRun run, string brokenKey)
        {
            Assert.True(run.Fails);
            var catalog = run.Catalog();
            Assert.Equal(new[] { "zhang2021selective", "wang2020space" }, catalog.Publications.Select(p => p.Key));
            Assert.False(catalog.TryGet(brokenKey, out _));
            Assert.DoesNotContain(catalog.Diagnostics, d => d.Severity == "Error");
        }

        /// <summary>Only warnings: the build passes and all three entries are in the catalog.</summary>
        public static void AssertWarningOnly(GeneratorRun run)
        {
            Assert.All(run.GeneratorDiagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
            Assert.False(run.Fails);
            var catalog = run.Catalog();
            Assert.Equal(3, catalog.Publications.Count);
            Assert.Equal(run.GeneratorDiagnostics.Length, catalog.Diagnostics.Count);
        }
    }
}
