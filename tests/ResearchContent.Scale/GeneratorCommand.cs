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
                new BuildProperties(new Dictionary<string, string> { ["build_property.ProjectDir"] = ProjectDir }));

            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            driver = driver.RunGenerators(compilation);
            var cold = clock.Elapsed;
            var coldAllocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            var result = driver.GetRunResult();

            // One entry edited: the first entry's English abstract of the first page gains a word.
            var original = texts[0];
            var edited = new InMemoryAdditionalText(original.Path, original.GetText()!.ToString().Replace(" is one of the cases studied.", " is one of the cases studied here.", StringComparison.Ordinal));
            driver = driver.ReplaceAdditionalText(original, edited);
            allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            clock.Restart();
            driver = driver.RunGenerators(compilation);
            var edit = clock.Elapsed;
            var editAllocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            var peak = Process.GetCurrentProcess().PeakWorkingSet64;

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
            foreach (var error in errors.Take(5))
            {
                Console.WriteLine("error: " + error);
            }

            return errors.Length == 0 ? 0 : 1;
        }

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
