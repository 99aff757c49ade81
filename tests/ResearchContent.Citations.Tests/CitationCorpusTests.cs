using System.Linq;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Readers.Citations;
using Xunit;
using Xunit.Abstractions;

namespace ResearchContent.Citations.Tests
{
    /// <summary>Field accuracy over the hand-written corpus; the numbers printed here are the ones docs/citations.md quotes.</summary>
    public sealed class CitationCorpusTests
    {
        private const double FieldAccuracyFloor = 0.95;

        private readonly ITestOutputHelper _output;

        public CitationCorpusTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public void Corpus_is_large_and_covers_every_style()
        {
            var corpus = CorpusEntry.Load();
            Assert.True(corpus.Count >= 40, $"the corpus has {corpus.Count} citations");
            Assert.Equal(new[] { "AGU", "APA", "Chicago", "IEEE" }, corpus.Select(c => c.Style).Distinct().OrderBy(s => s, System.StringComparer.Ordinal));
            Assert.Equal(new[] { "development", "held-out" }, corpus.Select(c => c.Set).Distinct().OrderBy(s => s, System.StringComparer.Ordinal));
        }

        [Fact]
        public void Field_accuracy_meets_the_floor()
        {
            var corpus = CorpusEntry.Load();
            var all = FieldAccuracy.Measure(corpus);
            var report = all.Report("Citation corpus, all sets")
                + FieldAccuracy.Measure(corpus.Where(c => c.Set == "development")).Report("Set development")
                + FieldAccuracy.Measure(corpus.Where(c => c.Set == "held-out")).Report("Set held-out");
            var mismatches = all.Mismatches.Count == 0 ? "No mismatches." : string.Join("\n", all.Mismatches);
            _output.WriteLine(report);
            _output.WriteLine(mismatches);

            Assert.True(all.Overall >= FieldAccuracyFloor, report + mismatches);
        }

        [Fact]
        public void Reference_citations_are_all_exactly_right()
        {
            foreach (var text in ReferenceCitations.All)
            {
                Assert.True(CitationParser.Parse(text).IsComplete, text);
            }
        }
    }
}
