using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using ResearchContent.Generators.Diagnostics;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Sources.Collection
{
    /// <summary>The problems found in one collection file, located in it, in the order they stand in the file.</summary>
    internal sealed class FileDiagnosticList
    {
        private readonly List<DiagnosticInfo> _items = new();
        private readonly string _filePath;
        private readonly FileLines _fileLines;
        private readonly IReadOnlyList<string> _lines;

        /// <param name="filePath">The path the compiler knows the file by.</param>
        /// <param name="fileLines">The file's lines, to turn spans into offsets.</param>
        /// <param name="lines">The file's lines, to keep every span inside them.</param>
        public FileDiagnosticList(string filePath, FileLines fileLines, IReadOnlyList<string> lines)
        {
            _filePath = filePath;
            _fileLines = fileLines;
            _lines = lines;
        }

        /// <summary>A diagnostic at a span of the file (0-based lines and columns).</summary>
        public void Add(DiagnosticDescriptor descriptor, RelativeSpan span, params string[] arguments) =>
            _items.Add(DiagnosticInfo.At(descriptor.Id, _filePath, _fileLines, Within(span), arguments));

        /// <summary>
        /// The span moved inside the file's text, so that its offsets can never point past a line or the file: YAML
        /// positions are trusted only this far.
        /// </summary>
        private RelativeSpan Within(RelativeSpan span)
        {
            var (startLine, startColumn) = Clamp(span.StartLine, span.StartColumn);
            var (endLine, endColumn) = Clamp(span.EndLine, span.EndColumn);
            return endLine < startLine || (endLine == startLine && endColumn < startColumn)
                ? new RelativeSpan(startLine, startColumn, startLine, startColumn)
                : new RelativeSpan(startLine, startColumn, endLine, endColumn);
        }

        private (int Line, int Column) Clamp(int line, int column)
        {
            line = line < 0 ? 0 : line >= _lines.Count ? _lines.Count - 1 : line;
            column = column < 0 ? 0 : column > _lines[line].Length ? _lines[line].Length : column;
            return (line, column);
        }

        /// <summary>The diagnostics by their place in the file; those at one place in the order found (the sort is stable).</summary>
        public EquatableArray<DiagnosticInfo> ToEquatableArray() =>
            _items.OrderBy(item => item.StartLine).ThenBy(item => item.StartColumn).ToEquatableArray();
    }
}
