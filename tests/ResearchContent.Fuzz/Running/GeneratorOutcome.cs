using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace ResearchContent.Fuzz.Running
{
    /// <summary>What one run of the generator over one input produced, or that it did not finish in time.</summary>
    internal sealed class GeneratorOutcome
    {
        public GeneratorOutcome(
            IReadOnlyDictionary<string, SourceText> inputs,
            GeneratorDriverRunResult? result,
            CSharpCompilation? output,
            ImmutableArray<Diagnostic> driverDiagnostics,
            Exception? failure,
            TimeSpan elapsed)
        {
            Inputs = inputs;
            Result = result;
            Output = output;
            DriverDiagnostics = driverDiagnostics.IsDefault ? ImmutableArray<Diagnostic>.Empty : driverDiagnostics;
            Failure = failure;
            Elapsed = elapsed;
        }

        /// <summary>The text of each input file, by the full path the generator was given.</summary>
        public IReadOnlyDictionary<string, SourceText> Inputs { get; }

        /// <summary>The driver's result; <see langword="null"/> when the run timed out or threw.</summary>
        public GeneratorDriverRunResult? Result { get; }

        /// <summary>The consumer compilation with the generated files added.</summary>
        public CSharpCompilation? Output { get; }

        /// <summary>The diagnostics the driver reported: the generator's, and CS8785 when the generator threw.</summary>
        public ImmutableArray<Diagnostic> DriverDiagnostics { get; }

        /// <summary>An exception that escaped the driver itself.</summary>
        public Exception? Failure { get; }

        public bool TimedOut { get; init; }

        public TimeSpan Elapsed { get; }

        public GeneratorRunResult? Generator => Result is { Results.Length: > 0 } result ? result.Results[0] : null;

        /// <summary>Every diagnostic of the run: the driver's and the generator result's, each once.</summary>
        public IReadOnlyList<Diagnostic> Diagnostics =>
            DriverDiagnostics.Concat(Generator?.Diagnostics ?? ImmutableArray<Diagnostic>.Empty).Distinct().ToArray();

        public IReadOnlyList<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();

        /// <summary>The generated files by hint name.</summary>
        public IReadOnlyList<(string HintName, string Text)> Generated =>
            Generator?.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())).OrderBy(s => s.HintName, StringComparer.Ordinal).ToArray()
            ?? Array.Empty<(string, string)>();
    }
}
