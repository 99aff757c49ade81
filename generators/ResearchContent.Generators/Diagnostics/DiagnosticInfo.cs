using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Diagnostics
{
    /// <summary>
    /// A diagnostic as plain data, so that it can travel through the cached pipeline; it becomes a
    /// <see cref="Diagnostic"/> only where it is reported.
    /// </summary>
    internal sealed record DiagnosticInfo(
        string Id,
        string FilePath,
        int Start,
        int Length,
        int StartLine,
        int StartColumn,
        int EndLine,
        int EndColumn,
        EquatableArray<string> Arguments)
    {
        /// <summary>
        /// A diagnostic at a span of a file as its reader counts lines, placed on the lines the compiler counts (see
        /// <see cref="FileLines"/>).
        /// </summary>
        public static DiagnosticInfo At(string id, string filePath, FileLines lines, RelativeSpan span, params string[] arguments)
        {
            var start = lines.Offset(span.StartLine, span.StartColumn);
            var end = lines.Offset(span.EndLine, span.EndColumn);
            if (end < start)
            {
                end = start;
            }

            var first = lines.CompilerPosition(start);
            var last = lines.CompilerPosition(end);
            return new DiagnosticInfo(
                id, filePath, start, end - start,
                first.Line, first.Character, last.Line, last.Character,
                arguments.ToEquatableArray());
        }

        public Diagnostic ToDiagnostic()
        {
            var location = Location.Create(
                FilePath,
                new TextSpan(Start, Length),
                new LinePositionSpan(new LinePosition(StartLine, StartColumn), new LinePosition(EndLine, EndColumn)));
            return Diagnostic.Create(DiagnosticDescriptors.Get(Id), location, Arguments.AsImmutableArray().ToArray());
        }
    }
}
