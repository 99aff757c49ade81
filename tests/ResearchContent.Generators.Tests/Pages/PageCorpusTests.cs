using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using ResearchContent.Generators.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace ResearchContent.Generators.Tests.Pages
{
    /// <summary>
    /// A group's page as it really grew over four years, and another group's page with notes, highlights and headings
    /// between entries (tests/Corpus/Pages): every version builds with no error and keeps every entry, and every field
    /// of the two written out by hand (group-2024, group-2025) lands where a reader would put it.
    /// </summary>
    public sealed class PageCorpusTests
    {
        private readonly ITestOutputHelper _output;

        public PageCorpusTests(ITestOutputHelper output) => _output = output;

        [Theory]
        [InlineData("group-2021.md", 6)]
        [InlineData("group-2022.md", 11)]
        [InlineData("group-2023.md", 16)]
        [InlineData("group-2024.md", 22)]
        [InlineData("group-2025.md", 15)]
        [InlineData("lab-c.md", 15)]
        [InlineData("lab-e.md", 21)]
        [InlineData("lab-f.md", 21)]
        [InlineData("lab-g.md", 20)]
        [InlineData("lab-h.md", 20)]
        [InlineData("lab-k.md", 20)]
        [InlineData("lab-m.md", 20)]
        [InlineData("lab-n.md", 18)]
        [InlineData("lab-q.md", 20)]
        [InlineData("lab-r.md", 21)]
        [InlineData("lab-t.md", 20)]
        [InlineData("lab-v.md", 20)]
        [InlineData("lab-w.md", 20)]
        public void Every_version_builds_with_no_error_and_keeps_every_entry(string file, int entries)
        {
            var run = GeneratorHarness.ForPage(Read(file)).Run();

            foreach (var diagnostic in run.GeneratorDiagnostics)
            {
                _output.WriteLine(diagnostic.ToString());
            }

            Assert.Empty(run.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));
            Assert.False(run.Fails);
            Assert.Equal(entries, run.Catalog().Publications.Count);
        }

        [Theory]
        [InlineData("group-2024", 0)]
        [InlineData("group-2025", 0)]
        [InlineData("lab-c", 0)]
        [InlineData("lab-e", 0)]
        [InlineData("lab-f", 3)]
        [InlineData("lab-g", 0)]
        [InlineData("lab-h", 0)]
        [InlineData("lab-k", 0)]
        [InlineData("lab-m", 9)]
        [InlineData("lab-n", 7)]
        [InlineData("lab-q", 6)]
        [InlineData("lab-r", 14)]
        [InlineData("lab-t", 2)]
        [InlineData("lab-v", 26)]
        [InlineData("lab-w", 24)]
        public void Every_field_of_every_entry_is_where_a_reader_would_put_it(string page, int knownMisses)
        {
            var catalog = GeneratorHarness.ForPage(Read(page + ".md")).Run().Catalog();
            using var expected = JsonDocument.Parse(Read(page + ".expected.json"));
            var mismatches = new List<string>();
            var total = 0;
            foreach (var entry in expected.RootElement.GetProperty("entries").EnumerateArray())
            {
                var label = entry.GetProperty("label").GetString()!;
                // A label is kept in its one written form ("2022 - #3" as 2022-#3).
                var publication = catalog.Publications.SingleOrDefault(p => p.Label == Canonical(label));
                Assert.True(publication is not null, label);
                foreach (var (field, want, got) in PageFields.Compare(entry, publication!))
                {
                    total++;
                    if (want != got)
                    {
                        mismatches.Add($"{label} {field}: expected <{want}> got <{got}>");
                    }
                }
            }

            _output.WriteLine($"{total - mismatches.Count}/{total} fields right");
            _output.WriteLine(string.Join("\n", mismatches));
            // A page opened for development after its first measurement keeps the misses not yet fixed, counted: one
            // fewer fails until the count here is lowered, one more fails.
            Assert.True(mismatches.Count == knownMisses, mismatches.Count + " misses, " + knownMisses + " known:\n" + string.Join("\n", mismatches));
        }

        private static string Canonical(string label) => ResearchContent.Generators.Sources.Page.Entries.LabelReader.Canonical(label);

        private static string Read(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Corpus", "Pages", file));
    }
}
