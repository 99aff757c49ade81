using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Pipeline;
using ResearchContent.Generators.Sources.Citations;
using ResearchContent.Generators.Sources.Page;
using ResearchContent.Generators.Sources.Page.Entries;
using ResearchContent.Generators.Tests.Infrastructure;
using ResearchContent.Generators.Validation.Entries;

namespace ResearchContent.Benchmarks
{
    /// <summary>
    /// A Stopwatch breakdown of the generator's per-entry stages over a synthetic page, each stage timed on its own
    /// (best of several runs, since the machine is noisy): <c>dotnet run -c Release --project tests/ResearchContent.Benchmarks -- --stages 1000 10000</c>.
    /// The citation parser runs inside <c>EntryReader.Read</c>; it is timed again alone to show its share.
    /// BenchmarkDotNet's ColdRun measures the same work through Roslyn's driver; this shows where it goes.
    /// </summary>
    public static class StageBreakdown
    {
        private const int Runs = 5;

        public static void Run(string[] sizes)
        {
            var lines = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Reference", "publications.md")).Split('\n');
            foreach (var size in sizes.Select(int.Parse))
            {
                Measure(size, SyntheticPage.Build(size, lines[12].Trim(), lines[14].Trim()));
            }
        }

        /// <summary>Reads the entries of a 1,000-entry page over and over, for a sampling profiler (perf with DOTNET_PerfMapEnabled=1) to attach to.</summary>
        public static void Loop(int seconds)
        {
            var lines = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Reference", "publications.md")).Split('\n');
            var page = SyntheticPage.Build(1000, lines[12].Trim(), lines[14].Trim());
            var file = new InMemoryAdditionalText("/project/content/publications.md", page);
            var watch = Stopwatch.StartNew();
            while (watch.Elapsed.TotalSeconds < seconds)
            {
                foreach (var entry in PageReader.Read(file, "content/publications.md", CancellationToken.None).Entries)
                {
                    EntryValidator.Validate(EntryReader.Read(entry.Text, CancellationToken.None), CancellationToken.None);
                }
            }
        }

        private static void Measure(int entries, string page)
        {
            var file = new InMemoryAdditionalText("/project/content/publications.md", page);
            var source = PageReader.Read(file, "content/publications.md", CancellationToken.None);
            var texts = source.Entries.Select(e => e.Text).ToArray();
            var parsed = texts.Select(t => EntryReader.Read(t, CancellationToken.None)).ToArray();
            var citations = parsed.Where(p => p.CitationText is not null).Select(p => (p.CitationText!, p.TitleEn)).ToArray();
            if (texts.Length != entries || citations.Length != entries)
            {
                throw new InvalidOperationException($"expected {entries} entries with citations, read {texts.Length} and {citations.Length}");
            }

            var compilation = CSharpCompilation.Create("Bench", new[] { CSharpSyntaxTree.ParseText("class C { }") });
            Console.WriteLine($"{entries} entries (ms total, µs per entry; best of {Runs}):");
            Report("PageReader.Read", entries, () => PageReader.Read(file, "content/publications.md", CancellationToken.None));
            Report("EntryReader.Read (all)", entries, () => { foreach (var t in texts) { EntryReader.Read(t, CancellationToken.None); } });
            Report("  of which CitationParser", entries, () => { foreach (var (c, title) in citations) { CitationParser.Parse(c, title); } });
            Report("EntryValidator.Validate", entries, () => { foreach (var p in parsed) { EntryValidator.Validate(p, CancellationToken.None); } });
            Report("Generator cold run", entries, () => CSharpGeneratorDriver.Create(new[] { new CatalogGenerator().AsSourceGenerator() }, new[] { new InMemoryAdditionalText("/project/content/publications.md", page) }).RunGenerators(compilation));
        }

        private static void Report(string stage, int entries, Action action)
        {
            action();
            var best = double.MaxValue;
            for (var i = 0; i < Runs; i++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var watch = Stopwatch.StartNew();
                action();
                best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
            }

            Console.WriteLine($"  {stage,-28} {best,9:F1} ms  {best * 1000 / entries,8:F1} µs/entry");
        }
    }
}
