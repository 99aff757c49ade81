using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using ResearchContent.Fuzz.Inputs;
using ResearchContent.Generators.Pipeline;
using ResearchContent.Generators.Tests.Infrastructure;

namespace ResearchContent.Fuzz.Running
{
    /// <summary>
    /// Runs the real generator through Roslyn's <see cref="GeneratorDriver"/>, as the compiler does, with the generator
    /// tests' compilation options, reference assemblies and build properties, and a time bound.
    /// </summary>
    internal sealed class GeneratorRunner
    {
        // One consumer compilation for every run: compilations are immutable, and parsing it once saves a parse per run.
        private static readonly CSharpCompilation Consumer = CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText(GeneratorHarness.DefaultConsumer, GeneratorHarness.ParseOptions, path: GeneratorHarness.ProjectDir + "Program.cs") },
            GeneratorHarness.References,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                deterministic: true,
                warningLevel: 9999));

        private static readonly BuildProperties Properties =
            new(new Dictionary<string, string> { ["build_property.ProjectDir"] = GeneratorHarness.ProjectDir });

        private readonly TimeSpan _timeout;

        public GeneratorRunner(TimeSpan timeout) => _timeout = timeout;

        /// <summary>Runs the generator over the files in the given order.</summary>
        public GeneratorOutcome Run(IReadOnlyList<FuzzFile> files)
        {
            var inputs = new Dictionary<string, SourceText>(StringComparer.Ordinal);
            var texts = new List<AdditionalText>();
            foreach (var file in files)
            {
                var text = file.ToSourceText();
                var path = GeneratorHarness.ProjectDir + file.Path;
                inputs[path] = text;
                texts.Add(new FuzzAdditionalText(path, text));
            }

            using var cancellation = new CancellationTokenSource(_timeout);
            var stopwatch = Stopwatch.StartNew();
            // A task of its own, so that a generator stuck where it does not look at the token (inside a parser) is
            // still abandoned at the bound: the grace lets a cancelled run report itself as cancelled.
            var run = Task.Run(() => RunDriver(texts, cancellation.Token));
            // WaitAny, not Wait: it does not throw when the run was cancelled or failed; those are looked at below.
            var finished = Task.WaitAny(new Task[] { run }, _timeout + _timeout + TimeSpan.FromSeconds(1)) == 0;
            stopwatch.Stop();
            if (!finished || run.IsCanceled || (run.IsFaulted && run.Exception!.InnerExceptions.All(e => e is OperationCanceledException)))
            {
                return new GeneratorOutcome(inputs, null, null, default, null, stopwatch.Elapsed) { TimedOut = true };
            }

            if (run.IsFaulted)
            {
                return new GeneratorOutcome(inputs, null, null, default, run.Exception!.InnerException, stopwatch.Elapsed);
            }

            var (result, output, diagnostics) = run.Result;
            return new GeneratorOutcome(inputs, result, output, diagnostics, null, stopwatch.Elapsed)
            {
                TimedOut = stopwatch.Elapsed > _timeout,
            };
        }

        private static (GeneratorDriverRunResult, CSharpCompilation, ImmutableArray<Diagnostic>) RunDriver(
            IReadOnlyList<AdditionalText> texts, CancellationToken cancellationToken)
        {
            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                new[] { new CatalogGenerator().AsSourceGenerator() },
                texts,
                GeneratorHarness.ParseOptions,
                Properties,
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));
            driver = driver.RunGeneratorsAndUpdateCompilation(Consumer, out var output, out var diagnostics, cancellationToken);
            return (driver.GetRunResult(), (CSharpCompilation)output, diagnostics);
        }
    }
}
