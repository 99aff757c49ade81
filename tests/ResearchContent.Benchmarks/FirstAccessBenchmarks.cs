using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using BenchmarkDotNet.Attributes;
using Markdig;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ResearchContent.Generators.Pipeline;
using ResearchContent.Generators.Tests.Infrastructure;
using ResearchContent.Storage;

namespace ResearchContent.Benchmarks
{
    /// <summary>
    /// What an app pays the first time it reads one publication of a 10,000-publication catalog — the key's binary
    /// search in the key table and the publication built from its block, the code path of a first <c>TryGet</c> — side
    /// by side with what it would pay to read the page at run time instead: Markdig's parse of the page alone, before
    /// a single field is picked out of it.
    /// </summary>
    [MemoryDiagnoser]
    public class FirstAccessBenchmarks
    {
        private delegate ReadOnlySpan<byte> Data();

        private string _page = string.Empty;
        private Data _keyTable = null!;
        private Func<int, Publication> _create = null!;

        [Params(10_000)]
        public int Entries { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            var lines = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Reference", "publications.md")).Split('\n');
            _page = SyntheticPage.Build(Entries, lines[12].Trim(), lines[14].Trim());
            var catalog = Compile(_page);
            const BindingFlags Private = BindingFlags.NonPublic | BindingFlags.Static;
            _keyTable = catalog.GetProperty("KeyTable", Private)!.GetMethod!.CreateDelegate<Data>();
            _create = catalog.GetMethod("Create", Private)!.CreateDelegate<Func<int, Publication>>();
            if (FirstAccess().Key != "paper" + (Entries / 2).ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                throw new InvalidOperationException("The compiled catalog did not find the publication.");
            }
        }

        /// <summary>A first <c>TryGet</c>: the key table's binary search, then the publication built from its block (never cached here).</summary>
        [Benchmark(Baseline = true)]
        public Publication FirstAccess()
        {
            var index = CatalogStorage.IndexOf(_keyTable(), "paper" + (Entries / 2).ToString(System.Globalization.CultureInfo.InvariantCulture));
            return _create(index);
        }

        /// <summary>Reading the page at run time instead: Markdig's parse of the page, before any field is read from it.</summary>
        [Benchmark]
        public int ParsePageWithMarkdig() => Markdown.Parse(_page).Count;

        private static Type Compile(string page)
        {
            var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
                .Where(path => path.EndsWith(".dll", StringComparison.Ordinal))
                .Select(path => MetadataReference.CreateFromFile(path))
                .Append(MetadataReference.CreateFromFile(typeof(Publication).Assembly.Location));
            var compilation = CSharpCompilation.Create(
                "FirstAccessCatalog",
                Array.Empty<SyntaxTree>(),
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            var driver = CSharpGeneratorDriver.Create(new CatalogGenerator()).AddAdditionalTexts(
                System.Collections.Immutable.ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("/project/content/publications.md", page)));
            driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
            using var stream = new MemoryStream();
            var emitted = output.Emit(stream);
            if (!emitted.Success)
            {
                throw new InvalidOperationException(string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
            }

            stream.Position = 0;
            return new AssemblyLoadContext("catalog").LoadFromStream(stream).GetType("ResearchContent.ResearchCatalog")!;
        }
    }
}
