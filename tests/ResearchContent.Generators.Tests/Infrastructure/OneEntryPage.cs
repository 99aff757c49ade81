using Xunit;

namespace ResearchContent.Generators.Tests.Infrastructure
{
    /// <summary>A page of entries in the reference page's layout, compiled with the generator, for tests that read one entry.</summary>
    internal static class OneEntryPage
    {
        public static string Page(params string[] entries) =>
            "---\nlayout: archive\ntitle: \"Research\"\n---\n" + string.Join("\n\n---\n\n", entries) + "\n\n----------\n# Publications\n";

        /// <param name="otherFiles">The project's other files; <c>content/images/xuandong.png</c> when none are given.</param>
        public static GeneratorRun Run(string page, params string[] otherFiles) =>
            GeneratorHarness.ForPage(page, otherFiles.Length == 0 ? new[] { "content/images/xuandong.png" } : otherFiles).Run();

        /// <summary>The only publication of a one-entry page, labelled <c>2021-#2</c>, which must compile without any diagnostic.</summary>
        public static Publication Single(string entry, params string[] otherFiles)
        {
            var run = Run(Page(entry), otherFiles);
            Assert.Empty(run.GeneratorDiagnostics);
            Assert.False(run.Fails);
            var p = Assert.Single(run.Catalog().Publications);
            Assert.Equal("2021-#2", p.Label);
            return p;
        }
    }
}
