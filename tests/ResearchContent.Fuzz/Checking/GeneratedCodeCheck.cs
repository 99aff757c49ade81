using System.Linq;
using Microsoft.CodeAnalysis;
using ResearchContent.Fuzz.Running;

namespace ResearchContent.Fuzz.Checking
{
    /// <summary>
    /// Invariant 4: the consumer compiles with the generated catalog, with the reference assemblies and the runtime
    /// model, without errors and without warnings (documentation checks on, warning level 9999).
    /// </summary>
    internal static class GeneratedCodeCheck
    {
        public static Violation? Check(GeneratorOutcome outcome)
        {
            var problems = outcome.Output!.GetDiagnostics()
                .Where(d => d.Severity >= DiagnosticSeverity.Warning && !d.IsSuppressed)
                .ToArray();
            if (problems.Length == 0)
            {
                return null;
            }

            var first = problems[0];
            var line = first.Location.SourceTree is { } tree
                ? tree.GetText().Lines[first.Location.GetLineSpan().StartLinePosition.Line].ToString()
                : string.Empty;
            return new Violation(
                Invariant.Uncompilable,
                $"{problems.Length} compiler diagnostics; the first: {first}\n  at: {(line.Length > 300 ? line.Substring(0, 300) + "…" : line)}");
        }
    }
}
