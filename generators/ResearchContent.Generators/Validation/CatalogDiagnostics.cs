using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using ResearchContent.Generators.Diagnostics;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Validation
{
    /// <summary>
    /// Every diagnostic of the catalog, located in its page, and which entries an error keeps out of the catalog.
    /// Warnings are also kept as content diagnostics, which the catalog carries for apps to show.
    /// </summary>
    internal sealed class CatalogDiagnostics
    {
        private readonly List<DiagnosticInfo> _all = new();
        private readonly HashSet<int> _failed = new();
        private readonly Dictionary<string, List<(int Line, int Column, ContentDiagnosticModel Model)>> _content = new();
        private readonly List<string> _pageOrder = new();

        public IReadOnlyList<DiagnosticInfo> All => _all;

        /// <summary>Reports at a span of the entry's page; an error keeps the entry out of the catalog.</summary>
        public void Report(LocatedEntry entry, DiagnosticDescriptor descriptor, RelativeSpan pageSpan, params string[] arguments)
        {
            Report(entry.Page, DiagnosticInfo.At(descriptor.Id, entry.Page.FilePath, entry.Page.Lines, pageSpan, arguments));
            if (descriptor.DefaultSeverity == DiagnosticSeverity.Error)
            {
                _failed.Add(entry.Index);
            }
        }

        /// <summary>Reports a diagnostic that is already located in the page.</summary>
        public void Report(PageSource page, DiagnosticInfo info) => Report(page.FilePath, page.RelativePath, info);

        /// <summary>Reports a diagnostic already located in a content file: a page, a collection file or a BibTeX file.</summary>
        public void Report(string filePath, string relativePath, DiagnosticInfo info)
        {
            _all.Add(info);
            var descriptor = DiagnosticDescriptors.Get(info.Id);
            if (descriptor.DefaultSeverity == DiagnosticSeverity.Error)
            {
                return;
            }

            if (!_content.TryGetValue(filePath, out var list))
            {
                list = new List<(int, int, ContentDiagnosticModel)>();
                _content.Add(filePath, list);
                _pageOrder.Add(filePath);
            }

            var message = string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture), info.Arguments.ToArray());
            list.Add((info.StartLine, info.StartColumn, new ContentDiagnosticModel(
                info.Id, descriptor.DefaultSeverity.ToString(), message, relativePath, info.StartLine + 1, info.StartColumn + 1)));
        }

        public bool HasFailed(LocatedEntry entry) => _failed.Contains(entry.Index);

        /// <summary>The warnings page by page, each page's in the order they stand in it, whichever check found them.</summary>
        public EquatableArray<ContentDiagnosticModel> ContentDiagnostics() =>
            _pageOrder
                .SelectMany(path => _content[path].OrderBy(d => d.Line).ThenBy(d => d.Column).Select(d => d.Model))
                .ToEquatableArray();
    }
}
