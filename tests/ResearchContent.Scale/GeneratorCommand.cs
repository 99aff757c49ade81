using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ResearchContent.Generators.Pipeline;
using ResearchContent.Generators.Tests.Infrastructure;

namespace ResearchContent.Scale
{
    /// <summary>
    /// Runs the generator alone, in this process, through Roslyn's GeneratorDriver (as the compiler and the benchmarks
    /// do): a cold run over the whole corpus, then a run after one entry of one page was edited.
    /// </summary>
    internal static class GeneratorCommand
    {
        private const string ProjectDir = "/project/";

        public static int Run(Options options)
        {
            var pages = Corpus.Pages(options.Publications, options.Files);
            var texts = pages.Select(p => (AdditionalText)new InMemoryAdditionalText(ProjectDir + p.RelativePath, p.Text)).ToList();
            var compilation = CSharpCompilation.Create(
                "Consumer",
                new[] { CSharpSyntaxTree.ParseText("namespace Consumer { public static class Marker { } }") },
                options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                new[] { new CatalogGenerator().AsSourceGenerator() },
                texts,
                CSharpParseOptions.Default,
                new BuildProperties(new Dictionary<string, string> { ["build_property.ProjectDir"] = ProjectDir }),
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: options.Steps));

            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            driver = driver.RunGenerators(compilation);
            var cold = clock.Elapsed;
            var coldAllocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            var result = driver.GetRunResult();
            var coldSteps = StepTimes(result);

            // One entry edited: the first entry's English abstract of the first page gains a word (its first occurrence only).
            var original = texts[0];
            var text = original.GetText()!.ToString();
            const string Sentence = " is one of the cases studied.";
            var at = text.IndexOf(Sentence, StringComparison.Ordinal);
            var versions = new[]
            {
                new InMemoryAdditionalText(original.Path, text.Substring(0, at) + " is one of the cases studied here." + text.Substring(at + Sentence.Length)),
                new InMemoryAdditionalText(original.Path, text),
            };

            // Each edit toggles the entry between two versions (as typing does), and the time is the mean of the edits.
            var current = original;
            allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            clock.Restart();
            for (var i = 0; i < options.Edits; i++)
            {
                var next = versions[i % 2];
                driver = driver.ReplaceAdditionalText(current, next).RunGenerators(compilation);
                current = next;
            }

            var edit = TimeSpan.FromTicks(clock.Elapsed.Ticks / options.Edits);
            var editAllocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / options.Edits;
            var peak = Process.GetCurrentProcess().PeakWorkingSet64;
            var editSteps = StepTimes(driver.GetRunResult());

            var diagnostics = result.Diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key + "×" + g.Count().ToString(CultureInfo.InvariantCulture));
            var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
            var generatedChars = result.GeneratedTrees.Sum(t => (long)t.Length);

            Console.WriteLine("| Publications | Files | Cold run (s) | Allocated (MB) | One entry edited (s) | Allocated (MB) | Peak working set (MB) |");
            Console.WriteLine("|-------------:|------:|-------------:|---------------:|---------------------:|---------------:|----------------------:|");
            Console.WriteLine(Invariant($"| {options.Publications:N0} | {options.Files} | {cold.TotalSeconds:F2} | {Mb(coldAllocated)} | {edit.TotalSeconds:F3} | {Mb(editAllocated)} | {Mb(peak)} |"));
            Console.WriteLine();
            Console.WriteLine(Invariant($"cold_seconds={cold.TotalSeconds:F3}"));
            Console.WriteLine(Invariant($"cold_allocated_bytes={coldAllocated}"));
            Console.WriteLine(Invariant($"edit_seconds={edit.TotalSeconds:F3}"));
            Console.WriteLine(Invariant($"edit_allocated_bytes={editAllocated}"));
            Console.WriteLine(Invariant($"peak_working_set_bytes={peak}"));
            Console.WriteLine(Invariant($"content_chars={pages.Sum(p => (long)p.Text.Length)}"));
            Console.WriteLine(Invariant($"generated_files={result.GeneratedTrees.Length} generated_chars={generatedChars}"));
            Console.WriteLine("diagnostics=" + string.Join(" ", diagnostics));
            if (options.Steps)
            {
                Console.WriteLine();
                Console.WriteLine("| Step | Cold (ms) | One entry edited (ms) |");
                Console.WriteLine("|---|---:|---:|");
                foreach (var step in coldSteps.Keys.Union(editSteps.Keys).OrderBy(name => name, StringComparer.Ordinal))
                {
                    Console.WriteLine(Invariant($"| {step} | {Ms(coldSteps, step)} | {Ms(editSteps, step)} |"));
                }
            }

            foreach (var error in errors.Take(5))
            {
                Console.WriteLine("error: " + error);
            }

            return errors.Length == 0 ? 0 : 1;
        }

        /// <summary>The time each tracked step took in a run, summed over its inputs.</summary>
        private static Dictionary<string, TimeSpan> StepTimes(GeneratorDriverRunResult result) =>
            result.Results.Single().TrackedSteps.ToDictionary(
                step => step.Key,
                step => TimeSpan.FromTicks(step.Value.Sum(run => run.ElapsedTime.Ticks)),
                StringComparer.Ordinal);

        private static string Ms(Dictionary<string, TimeSpan> steps, string name) =>
            steps.TryGetValue(name, out var time) ? time.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture) : "–";

        private static string Mb(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("F0", CultureInfo.InvariantCulture);

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The scale corpus with the reference page's abstracts as seeds, as the scale tests use it.</summary>
    internal static class Corpus
    {
        public static IReadOnlyList<(string RelativePath, string Text)> Pages(int publications, int files)
        {
            var lines = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Reference", "publications.md")).Split('\n');
            return ScaleCorpus.Pages(publications, files, lines[12].Trim(), lines[14].Trim());
        }
    }
}
