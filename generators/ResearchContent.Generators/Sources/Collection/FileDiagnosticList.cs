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
        private readonly EquatableArray<int> _lineStarts;

        public FileDiagnosticList(string filePath, EquatableArray<int> lineStarts)
        {
            _filePath = filePath;
            _lineStarts = lineStarts;
        }

        public void Add(DiagnosticDescriptor descriptor, RelativeSpan span, params string[] arguments) =>
            _items.Add(DiagnosticInfo.At(descriptor.Id, _filePath, _lineStarts, span, arguments));

        /// <summary>The diagnostics by their place in the file; those at one place in the order found (the sort is stable).</summary>
        public EquatableArray<DiagnosticInfo> ToEquatableArray() =>
            _items.OrderBy(item => item.StartLine).ThenBy(item => item.StartColumn).ToEquatableArray();
    }
}
