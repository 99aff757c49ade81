using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using ResearchContent.Generators.Diagnostics;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Sources.BibTeX
{
    /// <summary>The problems met in one BibTeX file, each placed at its offsets in the file.</summary>
    internal sealed class BibTeXDiagnosticList
    {
        private readonly string _filePath;
        private readonly LineMap _lines;
        private readonly List<DiagnosticInfo> _diagnostics = new();

        /// <summary>An empty list for the file at <paramref name="filePath"/>, whose lines <paramref name="lines"/> maps.</summary>
        public BibTeXDiagnosticList(string filePath, LineMap lines, FileLines fileLines)
        {
            _filePath = filePath;
            _lines = lines;
            FileLines = fileLines;
        }

        /// <summary>The file's lines, as <see cref="DiagnosticInfo.At"/> takes them.</summary>
        public FileLines FileLines { get; }

        /// <summary>The diagnostics in the order they were found.</summary>
        public IReadOnlyList<DiagnosticInfo> Items => _diagnostics;

        /// <summary>Adds a diagnostic at <paramref name="length"/> characters from the offset <paramref name="start"/>.</summary>
        public void Add(DiagnosticDescriptor descriptor, int start, int length, params string[] arguments) =>
            _diagnostics.Add(DiagnosticInfo.At(descriptor.Id, _filePath, FileLines, Span(start, length), arguments));

        /// <summary>0-based lines and columns of a span of the file.</summary>
        public RelativeSpan Span(int start, int length) => _lines.Span(start, length);

        /// <summary>The 1-based line of an offset, as messages name it.</summary>
        public int LineNumber(int offset) => _lines.Position(offset).Line + 1;
    }
}
