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
        /// <summary>A diagnostic at a span of a file, whose line starts turn lines and columns into offsets.</summary>
        public static DiagnosticInfo At(string id, string filePath, EquatableArray<int> lineStarts, RelativeSpan span, params string[] arguments)
        {
            var start = Offset(lineStarts, span.StartLine, span.StartColumn);
            var end = Offset(lineStarts, span.EndLine, span.EndColumn);
            return new DiagnosticInfo(
                id, filePath, start, end < start ? 0 : end - start,
                span.StartLine, span.StartColumn, span.EndLine, span.EndColumn,
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

        private static int Offset(EquatableArray<int> lineStarts, int line, int column)
        {
            if (lineStarts.Count == 0 || line < 0)
            {
                return 0;
            }

            return (line < lineStarts.Count ? lineStarts[line] : lineStarts[lineStarts.Count - 1]) + column;
        }
    }
}
