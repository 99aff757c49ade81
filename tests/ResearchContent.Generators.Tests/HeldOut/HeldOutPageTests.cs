using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using ResearchContent.Generators.Tests.Infrastructure;
using ResearchContent.Generators.Tests.Pages;
using Xunit;
using Xunit.Abstractions;

namespace ResearchContent.Generators.Tests.HeldOut
{
    /// <summary>
    /// Held-out pages of other groups (tests/Corpus/HeldOut/Pages), written in the reference page's format by
    /// someone who had not seen the reader, never tuned against: each builds with no error and keeps every entry, and
    /// its fields score at least what they scored when first measured. The test prints counts per field, never values.
    /// </summary>
    public sealed class HeldOutPageTests
    {
        private readonly ITestOutputHelper _output;

        public HeldOutPageTests(ITestOutputHelper output) => _output = output;

        [Theory]
        [InlineData("lab-a", 293)]
        [InlineData("lab-b", 245)]
        [InlineData("lab-d", 400)]
        [InlineData("lab-i", 481)]
        [InlineData("lab-j", 503)]
        [InlineData("lab-l", 495)]
        [InlineData("lab-o", 511)]
        [InlineData("lab-p", 496)]
        [InlineData("lab-s", 505)]
        [InlineData("lab-u", 499)]
        [InlineData("lab-x", 501)]
        public void Every_entry_is_read_and_its_fields_score_at_least_the_measured_floor(string page, int floor)
        {
            var run = GeneratorHarness.ForPage(Read(page + ".md")).Run();
            using var expected = JsonDocument.Parse(Read(page + ".expected.json"));
            var entries = expected.RootElement.GetProperty("entries");
            var catalog = run.Catalog();

            var score = new FieldScore();
            foreach (var entry in entries.EnumerateArray())
            {
                var publication = catalog.Publications.SingleOrDefault(p => p.Label == entry.GetProperty("label").GetString());
                score.Add("publication", "present", publication is null ? "missing" : "present");
                if (publication is not null)
                {
                    foreach (var (field, want, got) in PageFields.Compare(entry, publication))
                    {
                        score.Add(field, want, got);
                    }
                }
            }

            _output.WriteLine(score.Report());
            _output.WriteLine(string.Join("\n", run.GeneratorDiagnostics.Select(d => d.Id + " " + d.Severity)));
            Assert.Empty(run.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id));
            Assert.Equal(entries.GetArrayLength(), catalog.Publications.Count);
            Assert.True(score.Right >= floor, score.Right + "/" + score.Total);
        }

        private static string Read(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Corpus", "HeldOut", "Pages", file));
    }
}
