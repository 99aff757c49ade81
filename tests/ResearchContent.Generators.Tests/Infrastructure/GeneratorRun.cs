using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ResearchContent.Generators.Tests.Infrastructure
{
    /// <summary>The outcome of one generator run: the generated source, the diagnostics and the compiled consumer.</summary>
    public sealed class GeneratorRun
    {
        public GeneratorRun(GeneratorDriverRunResult result, CSharpCompilation output, ImmutableArray<Diagnostic> generatorDiagnostics)
        {
            Result = result;
            Output = output;
            GeneratorDiagnostics = generatorDiagnostics;
        }

        public GeneratorDriverRunResult Result { get; }

        public CSharpCompilation Output { get; }

        public ImmutableArray<Diagnostic> GeneratorDiagnostics { get; }

        public GeneratorRunResult Generator => Result.Results.Single();

        /// <summary>Every generated file's hint name and text, in the order the generator added them.</summary>
        public IReadOnlyList<(string HintName, string Text)> Files =>
            Generator.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())).ToArray();

        /// <summary>Every generated file in the order the generator added them, each under a line naming it.</summary>
        public string Source => string.Concat(Generator.GeneratedSources.Select(s => "//// " + s.HintName + "\n" + s.SourceText));

        /// <summary>Whether the build would fail: an error from the generator or from compiling its output.</summary>
        public bool Fails => GeneratorDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error)
            || Output.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error);

        /// <summary>Every error of the generator and of compiling its output, for an assertion's message.</summary>
        public string Describe() => string.Join(
            Environment.NewLine,
            GeneratorDiagnostics.Concat(Output.GetDiagnostics()).Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));

        /// <summary>Compiles the consumer with the generated catalog and loads it, so tests read the real values.</summary>
        public Type LoadCatalog()
        {
            using var stream = new MemoryStream();
            var emitted = Output.Emit(stream);
            if (!emitted.Success)
            {
                throw new InvalidOperationException(string.Join(Environment.NewLine, emitted.Diagnostics));
            }

            var context = new AssemblyLoadContext("catalog-" + Guid.NewGuid().ToString("N"), isCollectible: true);
            context.Resolving += (_, name) => name.Name == typeof(Publication).Assembly.GetName().Name ? typeof(Publication).Assembly : null;
            stream.Position = 0;
            var assembly = context.LoadFromStream(stream);
            return assembly.GetType("ResearchContent.ResearchCatalog", throwOnError: true)!;
        }

        public CatalogView Catalog() => new(LoadCatalog());
    }
}
