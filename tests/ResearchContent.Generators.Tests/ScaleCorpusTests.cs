using System.Linq;
using Microsoft.CodeAnalysis;
using ResearchContent.Generators.Tests.Infrastructure;
using Xunit;

namespace ResearchContent.Generators.Tests
{
    /// <summary>
    /// The scale corpus is what the real-build scale test and <c>tests/ResearchContent.Scale</c> measure, so it must
    /// compile cleanly: every citation style read completely, every key derived once, and only the warnings real pages
    /// raise (missing images).
    /// </summary>
    public sealed class ScaleCorpusTests
    {
        private static readonly string[] Seeds = GeneratorHarness.ReferencePage.Split('\n');

        [Fact]
        public void Every_citation_style_reads_completely_and_only_missing_images_are_reported()
        {
            var pages = ScaleCorpus.Pages(70, 2, Seeds[12].Trim(), Seeds[14].Trim());

            var run = GeneratorHarness.ForPages(pages.Select(p => (p.RelativePath, p.Text))).Run();

            Assert.Equal(new[] { "content/publications-01.md", "content/publications-02.md" }, pages.Select(p => p.RelativePath));
            Assert.Equal(new[] { "RC2001" }, run.GeneratorDiagnostics.Where(d => d.Severity != DiagnosticSeverity.Hidden).Select(d => d.Id).Distinct());
            var catalog = run.Catalog();
            Assert.Equal(70, catalog.Publications.Count);
            foreach (var publication in catalog.Publications)
            {
                var index = int.Parse(publication.Label.Split('#')[1], System.Globalization.CultureInfo.InvariantCulture) - 1;
                Assert.Equal(ScaleCorpus.TitleEn(index), publication.Citation.Title);
                Assert.Equal(ScaleCorpus.Year(index), publication.Citation.Year);
                Assert.NotEmpty(publication.Citation.Authors);
            }

            Assert.True(catalog.TryGet("scale50", out var keyed));
            Assert.Equal(ScaleCorpus.Label(49), keyed!.Label);
        }

        [Fact]
        public void The_same_arguments_write_the_same_pages()
        {
            var first = ScaleCorpus.Pages(300, 3, Seeds[12].Trim(), Seeds[14].Trim());
            var second = ScaleCorpus.Pages(300, 3, Seeds[12].Trim(), Seeds[14].Trim());

            Assert.Equal(first, second);
            Assert.InRange(first.Sum(p => p.Text.Length) / 300, 1500, 4000);
        }
    }
}
