using System;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ResearchContent.Generators.Pipeline;
using ResearchContent.Generators.Sources.BibTeX;
using ResearchContent.Generators.Sources.Page.Entries;
using ResearchContent.Generators.Tests.Infrastructure;
using Xunit;

namespace ResearchContent.Generators.Tests.Reliability
{
    /// <summary>
    /// A build the IDE abandons (a keystroke, a closed solution) cancels the generator through Roslyn's token: the run
    /// must stop with <see cref="OperationCanceledException"/>, never turn it into RC0002 or a partial catalog, and
    /// leave nothing behind that spoils the next run.
    /// </summary>
    public sealed class CancellationTests
    {
        [Fact]
        public void Cancelling_mid_run_stops_the_generator_and_the_next_run_is_whole()
        {
            using var cancellation = new CancellationTokenSource();
            var files = Enumerable.Range(0, 40)
                .Select(i => (AdditionalText)new CancellingText(
                    GeneratorHarness.ProjectDir + $"content/page{i:D2}.md",
                    SamplePage.Of(SamplePage.Zhang.Replace("2021-#3", $"2021-#{i + 1}", StringComparison.Ordinal).Replace("<b>Selective", $"<!-- key: paper{i} -->\n<b>Selective", StringComparison.Ordinal)),
                    i == 20 ? cancellation : null))
                .ToArray();
            var harness = new GeneratorHarness(files.Concat(SamplePage.Images.Select(image => new InMemoryAdditionalText(GeneratorHarness.ProjectDir + image, string.Empty))));

            Assert.ThrowsAny<OperationCanceledException>(() => harness.Run(cancellation.Token));

            var run = harness.Run();
            Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "RC0002");
            Assert.Equal(40, run.Catalog().Publications.Count);
        }

        [Fact]
        public void Every_reader_and_stage_stops_on_a_cancelled_token_rather_than_returning_part_of_a_file()
        {
            using var cancelled = new CancellationTokenSource();
            cancelled.Cancel();
            var bibtex = string.Concat(Enumerable.Range(0, 2000).Select(i => $"@article{{k{i}, title = {{T{i}}}, year = 2020}}\n"));
            var page = new InMemoryAdditionalText(GeneratorHarness.ProjectDir + "content/publications.md", SamplePage.Of(SamplePage.Zhang, SamplePage.Xu));

            Assert.ThrowsAny<OperationCanceledException>(() => BibTeXFileReader.Read("/p/papers.bib", "papers.bib", bibtex, cancelled.Token));
            Assert.ThrowsAny<OperationCanceledException>(() => EntryReader.Read(SamplePage.Zhang, cancelled.Token));
            Assert.ThrowsAny<OperationCanceledException>(() => Validation.Entries.EntryValidator.Validate(EntryReader.Read(SamplePage.Zhang, CancellationToken.None), cancelled.Token));
            Assert.ThrowsAny<OperationCanceledException>(() => Sources.Page.PageReader.Read(page, "content/publications.md", cancelled.Token));
        }

        /// <summary>A content file that cancels the build when the compiler asks for its text: a cancellation in the middle of a run.</summary>
        private sealed class CancellingText : AdditionalText
        {
            private readonly SourceText _text;
            private readonly CancellationTokenSource? _cancellation;

            public CancellingText(string path, string text, CancellationTokenSource? cancellation)
            {
                Path = path;
                _text = SourceText.From(text, Encoding.UTF8);
                _cancellation = cancellation;
            }

            public override string Path { get; }

            public override SourceText GetText(CancellationToken cancellationToken = default)
            {
                _cancellation?.Cancel();
                return _text;
            }
        }
    }
}
