using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using ResearchContent.Generators.Pipeline;
using ResearchContent.Generators.Tests.Infrastructure;
using Xunit;

namespace ResearchContent.Generators.Tests
{
    /// <summary>The pipeline caches: unrelated edits re-run nothing, and an edited entry re-parses alone.</summary>
    public sealed class IncrementalTests
    {
        private static readonly string[] AllSteps =
        {
            TrackingNames.ContentRoot, TrackingNames.Pages, TrackingNames.EntryTexts, TrackingNames.ParsedEntries, TrackingNames.CheckedEntries,
            TrackingNames.ContentFiles, TrackingNames.Catalog, TrackingNames.CatalogIndex, TrackingNames.Publications, TrackingNames.Diagnostics,
        };

        [Fact]
        public void Editing_an_unrelated_CSharp_file_leaves_every_step_cached_or_unchanged()
        {
            var harness = GeneratorHarness.ForPage(GeneratorHarness.ReferencePage, "content/images/zhangqi.png");
            harness.Run();
            harness.AddSyntaxTree("namespace Consumer { /// <summary>Unrelated.</summary>\n public static class Unrelated { } }", "Unrelated.cs");

            var run = harness.Run();

            var steps = run.Generator.TrackedSteps;
            foreach (var name in AllSteps)
            {
                Assert.True(steps.ContainsKey(name), "The pipeline has no step named " + name);
                Assert.All(
                    steps[name].SelectMany(step => step.Outputs),
                    output => Assert.True(
                        output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                        $"{name} was {output.Reason}"));
            }

            Assert.All(
                run.Generator.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs),
                output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        }

        [Fact]
        public void Editing_one_entry_reparses_only_that_entry()
        {
            var harness = GeneratorHarness.ForPage(GeneratorHarness.ReferencePage);
            harness.Run();
            harness.ReplaceFile("content/publications.md", GeneratorHarness.ReferencePage.Replace("The moment magnitude (Mw) 6.4", "The moment magnitude (Mw) 6.5"));

            var run = harness.Run();

            Assert.Equal(
                new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Cached },
                Reasons(run, TrackingNames.ParsedEntries));
            Assert.Equal(
                new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Cached },
                Reasons(run, TrackingNames.CheckedEntries));
            Assert.Equal(new[] { IncrementalStepRunReason.Modified }, Reasons(run, TrackingNames.Publications));
            Assert.All(
                run.Generator.TrackedSteps[TrackingNames.CatalogIndex].SelectMany(s => s.Outputs),
                output => Assert.Equal(IncrementalStepRunReason.Unchanged, output.Reason));
            Assert.StartsWith("The moment magnitude (Mw) 6.5", run.Catalog().Property("Xu2021Small").Abstract.En);
        }

        /// <summary>Publications are written 64 to a file: an edit rewrites, and the compiler re-parses, its own chunk's file only.</summary>
        [Fact]
        public void Editing_one_entry_rewrites_only_its_chunk()
        {
            var lines = GeneratorHarness.ReferencePage.Split('\n');
            var page = SyntheticPage.Build(200, lines[12].Trim(), lines[14].Trim());
            var harness = GeneratorHarness.ForPage(page);
            harness.Run();
            harness.ReplaceFile("content/publications.md", page.Replace("Synthetic study 100 of", "Synthetic study 100 (edited) of"));

            var run = harness.Run();

            Assert.Equal(
                new[] { IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Modified, IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Unchanged },
                Reasons(run, TrackingNames.Publications));
            Assert.All(
                run.Generator.TrackedSteps[TrackingNames.CatalogIndex].SelectMany(s => s.Outputs),
                output => Assert.Equal(IncrementalStepRunReason.Unchanged, output.Reason));
            Assert.All(
                run.Generator.TrackedSteps[TrackingNames.ContentDiagnostics].SelectMany(s => s.Outputs),
                output => Assert.Equal(IncrementalStepRunReason.Unchanged, output.Reason));
            Assert.True(run.Catalog().TryGet("paper100", out var edited));
            Assert.StartsWith("Synthetic study 100 (edited) of", edited!.Title.En);
        }

        [Fact]
        public void Lines_added_above_an_entry_do_not_reparse_it()
        {
            var harness = GeneratorHarness.ForPage(GeneratorHarness.ReferencePage);
            harness.Run();
            var shifted = GeneratorHarness.ReferencePage.Replace("different coherence thresholds.", "different coherence thresholds.\n\nAn added paragraph.");
            harness.ReplaceFile("content/publications.md", shifted);

            var run = harness.Run();

            Assert.Equal(
                new[] { IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Cached },
                Reasons(run, TrackingNames.ParsedEntries));
            Assert.Equal(24, run.Catalog().Property("Xu2021Small").Source.Line);
        }

        [Fact]
        public void Adding_an_image_rechecks_figures_without_reparsing_any_entry()
        {
            var harness = GeneratorHarness.ForPage(GeneratorHarness.ReferencePage);
            var before = harness.Run();
            Assert.Contains(before.GeneratorDiagnostics, d => d.Id == "RC2001" && d.GetMessage().Contains("/images/zhangqi.png"));

            var withImage = new GeneratorHarness(new AdditionalText[]
            {
                new InMemoryAdditionalText(GeneratorHarness.ProjectDir + "content/publications.md", GeneratorHarness.ReferencePage),
                new InMemoryAdditionalText(GeneratorHarness.ProjectDir + "content/images/zhangqi.png", string.Empty),
            });
            var after = withImage.Run();
            Assert.DoesNotContain(after.GeneratorDiagnostics, d => d.Id == "RC2001" && d.GetMessage().Contains("/images/zhangqi.png"));
            Assert.True(after.Catalog().Property("Zhang2021Selective").Figures[0].ImageExists);
        }

        private static IReadOnlyList<IncrementalStepRunReason> Reasons(GeneratorRun run, string step) =>
            run.Generator.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();
    }
}
