using System;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ResearchContent.Generators.Pipeline;
using ResearchContent.Generators.Tests.Infrastructure;

namespace ResearchContent.Benchmarks
{
    /// <summary>
    /// The generator through Roslyn's GeneratorDriver: a cold run, a run after one entry changed, and a run after
    /// an unrelated C# edit (what the IDE pays on every keystroke in a .cs file).
    /// </summary>
    [MemoryDiagnoser]
    public class GeneratorBenchmarks
    {
        private const string Path = "/project/content/publications.md";

        private string _page = string.Empty;
        private string _edited = string.Empty;
        private bool _toggle;
        private CSharpCompilation _compilation = null!;
        private GeneratorDriver _warm = null!;
        private AdditionalText _current = null!;

        [Params(4, 100, 1000, 10000)]
        public int Entries { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            var lines = File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "Reference", "publications.md")).Split('\n');
            _page = SyntheticPage.Build(Entries, lines[12].Trim(), lines[14].Trim());
            _edited = _page.Replace("Synthetic study 1 of", "Synthetic study 1 (edited) of");
            _compilation = CSharpCompilation.Create("Bench", new[] { CSharpSyntaxTree.ParseText("class C { }") });
            _current = new InMemoryAdditionalText(Path, _page);
            _warm = Driver(_current).RunGenerators(_compilation);

            // A benchmark of the error path would look fast and mean nothing: the page must compile cleanly.
            var errors = _warm.GetRunResult().Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
            // The shared part, the warnings, and one file per chunk of 64 publications.
            if (errors.Length > 0 || _warm.GetRunResult().GeneratedTrees.Length != ((Entries + 63) / 64) + 2)
            {
                throw new InvalidOperationException("The synthetic page did not compile cleanly: " + string.Join("; ", errors.Take(3)));
            }
        }

        [Benchmark(Baseline = true)]
        public GeneratorDriver ColdRun() => Driver(new InMemoryAdditionalText(Path, _page)).RunGenerators(_compilation);

        [Benchmark]
        public GeneratorDriver OneEntryEdited()
        {
            _toggle = !_toggle;
            var next = new InMemoryAdditionalText(Path, _toggle ? _edited : _page);
            _warm = _warm.ReplaceAdditionalText(_current, next).RunGenerators(_compilation);
            _current = next;
            return _warm;
        }

        [Benchmark]
        public GeneratorDriver UnrelatedCSharpEdit()
        {
            _compilation = _compilation.ReplaceSyntaxTree(
                _compilation.SyntaxTrees[0],
                CSharpSyntaxTree.ParseText(_toggle ? "class C { }" : "class C { int x; }"));
            _toggle = !_toggle;
            _warm = _warm.RunGenerators(_compilation);
            return _warm;
        }

        private static GeneratorDriver Driver(AdditionalText page) =>
            CSharpGeneratorDriver.Create(new[] { new CatalogGenerator().AsSourceGenerator() }, new[] { page });
    }
}
