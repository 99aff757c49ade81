using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Diagnostics
{
    /// <summary>The problems found in one entry, as data, in the order found.</summary>
    internal sealed class EntryDiagnosticList
    {
        private readonly List<EntryDiagnostic> _items = new();

        public void Add(DiagnosticDescriptor descriptor, RelativeSpan span, params string[] arguments) =>
            _items.Add(new EntryDiagnostic(descriptor.Id, span, arguments.ToEquatableArray()));

        public void AddRange(IEnumerable<EntryDiagnostic> diagnostics) => _items.AddRange(diagnostics);

        public EquatableArray<EntryDiagnostic> ToEquatableArray() => _items.ToEquatableArray();
    }
}
