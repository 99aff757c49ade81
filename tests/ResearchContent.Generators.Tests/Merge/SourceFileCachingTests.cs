using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using ResearchContent.Generators.Pipeline;
using ResearchContent.Generators.Tests.Infrastructure;
using Xunit;

namespace ResearchContent.Generators.Tests.Merge
{
    /// <summary>Collection and BibTeX files are read one file at a time: an edit reads the edited file alone again.</summary>
    public sealed class SourceFileCachingTests
    {
        private const string GroupBib = "@article{wang2021creep, title = {Fault creep from InSAR}, author = {Wang, Teng}, journal = {Geophysical Research Letters}, year = {2021}}\n";

        private const string StudentBib = "@phdthesis{zhang2022thesis, title = {Deep learning for InSAR decorrelation}, author = {Zhang, Qi}, school = {SUSTech}, year = {2022}}\n";

        private const string CollectionFile = "---\ntitle: \"Glacier surges from InSAR\"\ncollection: publications\ndate: 2020-03-01\nvenue: 'The Cryosphere'\n---\n";

        [Fact]
        public void Editing_one_bib_file_reads_that_file_alone_again()
        {
            var harness = GeneratorHarness.ForFiles(
                ("content/publications.md", GeneratorHarness.ReferencePage),
                ("content/_bibliography/group.bib", GroupBib),
                ("content/_bibliography/students.bib", StudentBib),
                ("content/_publications/2020-glacier.md", CollectionFile));
            harness.Run();
            harness.ReplaceFile("content/_bibliography/students.bib", StudentBib.Replace("year = {2022}", "year = {2023}", StringComparison.Ordinal));

            var run = harness.Run();

            var reasons = run.Generator.TrackedSteps[TrackingNames.SourceFiles].SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();
            Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Modified));
            Assert.Equal(2, reasons.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
            Assert.All(
                run.Generator.TrackedSteps[TrackingNames.ParsedEntries].SelectMany(s => s.Outputs),
                output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
            Assert.Equal(2023, run.Catalog().Publications.Single(p => p.Key == "zhang2022thesis").Year);
        }
    }
}
