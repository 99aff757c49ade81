using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using ResearchContent.Generators.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace ResearchContent.Generators.Tests.HeldOut
{
    /// <summary>
    /// The held-out academicpages site (tests/Corpus/HeldOut/Collection): twenty files and a <c>_config.yml</c> written
    /// by someone who had not seen the reader, never tuned against. The test prints how many values of each field are
    /// right, never which, and holds the measured score as a floor.
    /// </summary>
    public sealed class HeldOutCollectionTests
    {
        private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Corpus", "HeldOut", "Collection");

        private readonly ITestOutputHelper _output;

        public HeldOutCollectionTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public void Every_file_builds_into_one_publication_and_its_fields_score_at_least_the_measured_floor()
        {
            var files = Directory.GetFiles(Root, "*", SearchOption.AllDirectories)
                .Select(path => Path.GetRelativePath(Root, path).Replace('\\', '/'))
                .Where(path => path != "expected.json")
                .OrderBy(path => path, StringComparer.Ordinal)
                .Select(path => (path, File.ReadAllText(Path.Combine(Root, path))))
                .ToArray();
            var run = GeneratorHarness.ForFiles(files).Run();
            using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "expected.json")));
            var catalog = run.Catalog();

            var score = new FieldScore();
            foreach (var file in expected.RootElement.GetProperty("files").EnumerateArray())
            {
                var path = file.GetProperty("file").GetString()!;
                var publication = catalog.Publications.SingleOrDefault(p => p.Source.Path.EndsWith(path, StringComparison.Ordinal));
                score.Add("publication", "present", publication is null ? "missing" : "present");
                if (publication is not null)
                {
                    foreach (var (field, want, got) in CollectionHeldOutFields.Compare(file, publication))
                    {
                        score.Add(field, want, got);
                    }
                }
            }

            _output.WriteLine(score.Report());
            Assert.Equal(expected.RootElement.GetProperty("files").GetArrayLength(), catalog.Publications.Count);
            Assert.False(run.Fails, run.Describe());
            Assert.True(score.Right >= MeasuredFloor, score.Right + "/" + score.Total);
        }

        /// <summary>Fields right when the set was first measured (2026-11-25).</summary>
        private const int MeasuredFloor = 384;
    }
}
