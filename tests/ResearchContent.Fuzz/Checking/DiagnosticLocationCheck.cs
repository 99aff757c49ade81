using System.Linq;
using Microsoft.CodeAnalysis;
using ResearchContent.Fuzz.Running;

namespace ResearchContent.Fuzz.Checking
{
    /// <summary>
    /// Invariant 2: every diagnostic points into its file, as the compiler's SourceText of that file counts lines and
    /// columns; a location past the end makes the IDE underline nothing, or the wrong text.
    /// </summary>
    internal static class DiagnosticLocationCheck
    {
        public static Violation? Check(GeneratorOutcome outcome)
        {
            foreach (var diagnostic in outcome.Diagnostics.Where(d => d.Id.StartsWith("RC", System.StringComparison.Ordinal)))
            {
                if (diagnostic.Location == Location.None)
                {
                    continue;
                }

                var span = diagnostic.Location.GetLineSpan();
                if (!outcome.Inputs.TryGetValue(span.Path, out var text))
                {
                    return new Violation(Invariant.LocationOutsideFile, "in a file that is not an input: " + diagnostic);
                }

                var lines = text.Lines;
                foreach (var position in new[] { span.StartLinePosition, span.EndLinePosition })
                {
                    if (position.Line < 0 || position.Line >= lines.Count)
                    {
                        return new Violation(Invariant.LocationOutsideFile, $"line {position.Line + 1} of {lines.Count}: {diagnostic}");
                    }

                    var length = lines[position.Line].Span.Length;
                    if (position.Character < 0 || position.Character > length)
                    {
                        return new Violation(Invariant.LocationOutsideFile, $"column {position.Character + 1} of line {position.Line + 1}, which has {length} characters: {diagnostic}");
                    }
                }

                if (span.EndLinePosition < span.StartLinePosition)
                {
                    return new Violation(Invariant.LocationOutsideFile, "the span ends before it starts: " + diagnostic);
                }

                var source = diagnostic.Location.SourceSpan;
                if (source.End > text.Length)
                {
                    return new Violation(Invariant.LocationOutsideFile, $"the span {source} ends past the file's {text.Length} characters: {diagnostic}");
                }

                // The IDE underlines the character span, the build output prints the lines: both must name one place.
                var counted = text.Lines.GetLinePositionSpan(source);
                if (counted != span.Span)
                {
                    return new Violation(Invariant.LocationOutsideFile, $"the span {source} is {counted} in the file, but the diagnostic says {span.Span}: {diagnostic}");
                }
            }

            return null;
        }
    }
}
