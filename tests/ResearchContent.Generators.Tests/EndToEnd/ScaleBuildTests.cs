using System.Diagnostics;
using System.Globalization;
using ResearchContent.Generators.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace ResearchContent.Generators.Tests.EndToEnd
{
    /// <summary>
    /// A large catalog through a real <c>dotnet build</c>: the compiler, with the generator in it, in a process of the
    /// build's own, as a user's build runs it. <c>ScaleTests</c> compiles a larger catalog in process; this test catches
    /// what only the real compiler meets (its stack, its memory, the analyzer loading). 5,000 publications on one page,
    /// each with a figure whose image is missing, is the page that overflowed the real compiler's stack when the
    /// generated code held a chain of terms per warning; it now builds in about 16 s of the consumer's own (docs/performance.md).
    /// <c>tests/ResearchContent.Scale</c> measures 10,000 and 100,000.
    /// </summary>
    [Collection(DotnetCliCollection.Name)]
    public sealed class ScaleBuildTests
    {
        private const int Publications = 5000;

        private const int Files = 1;

        private readonly ITestOutputHelper _output;

        public ScaleBuildTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public void A_consumer_of_five_thousand_publications_on_one_page_that_warns_builds_and_runs()
        {
            var seeds = ConsumerProject.ReferencePage.Split('\n');
            var pages = ScaleCorpus.Pages(Publications, Files, seeds[12].Trim(), seeds[14].Trim());
            var keyed = ScaleCorpus.LastHandKeyed(Publications);
            var key = ScaleCorpus.HandKey(keyed)!;
            var program = $$"""
                using ResearchContent;

                System.Console.OutputEncoding = System.Text.Encoding.UTF8;
                System.Console.WriteLine($"count={ResearchCatalog.Publications.Count}");
                System.Console.WriteLine(ResearchCatalog.TryGet("{{key}}", out var paper) ? $"found={paper.Label} {paper.Title.En}" : "found=none");
                """;
            using var consumer = new ConsumerProject(pages, program);

            var clock = Stopwatch.StartNew();
            var build = consumer.Build();
            _output.WriteLine($"{Publications} publications on {Files} page: dotnet build took {clock.Elapsed.TotalSeconds:F1} s");

            Assert.True(build.ExitCode == 0, build.Output);
            Assert.Contains("warning RC2001", build.Output);
            Assert.DoesNotContain("warning RC2007", build.Output);
            var run = consumer.Run();
            Assert.True(run.ExitCode == 0, run.Output);
            Assert.Contains("count=" + Publications.ToString(CultureInfo.InvariantCulture), run.Output);
            Assert.Contains($"found={ScaleCorpus.Label(keyed)} {ScaleCorpus.TitleEn(keyed)}", run.Output);
        }
    }
}
