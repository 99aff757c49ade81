using System.Linq;
using ResearchContent.Citations.Tests;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Sources.Citations;
using Xunit;
using Xunit.Abstractions;

namespace ResearchContent.Generators.Tests.Citations
{
    /// <summary>Field accuracy over the hand-written corpus; the numbers printed here are the ones docs/citations.md quotes.</summary>
    public sealed class CitationCorpusTests
    {
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

        /// <summary>
        /// The counts are pinned exactly, not held to a floor: a field lost fails the test, and a field gained or a
        /// citation added must update these numbers together with the table in docs/citations.md.
        /// </summary>
        [Theory]
        [InlineData("development", 496, 496)]
        [InlineData("held-out", 176, 176)]
        public void Field_accuracy_is_the_measured_count(string set, int rightFields, int totalFields)
        {
            var accuracy = FieldAccuracy.Measure(CorpusEntry.Load().Where(c => c.Set == set));
            var report = accuracy.Report("Set " + set);
            var mismatches = accuracy.Mismatches.Count == 0 ? "No mismatches." : string.Join("\n", accuracy.Mismatches);
            _output.WriteLine(report);
            _output.WriteLine(mismatches);

            Assert.True(
                accuracy.RightFields == rightFields && accuracy.TotalFields == totalFields,
                $"expected {rightFields}/{totalFields} fields right, measured {accuracy.RightFields}/{accuracy.TotalFields}\n{mismatches}");
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
