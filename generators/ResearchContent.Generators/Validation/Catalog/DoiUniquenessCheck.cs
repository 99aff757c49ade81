using System;
using System.Collections.Generic;
using ResearchContent.Generators.Diagnostics;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Validation.Catalog
{
    /// <summary>RC1014: each paper is in the catalog once, so no two citations link the same DOI.</summary>
    internal static class DoiUniquenessCheck
    {
        public static void Check(IReadOnlyList<PageEntries> pages, CatalogDiagnostics diagnostics)
        {
            var citedBy = new Dictionary<string, (string Label, string Location)>(StringComparer.OrdinalIgnoreCase);
            foreach (var page in pages)
            {
                foreach (var located in page.Entries)
                {
                    if (located.Entry is not { Label: { } label } || located.Entry.EffectiveDoi is not { } doi)
                    {
                        continue;
                    }

                    var span = located.OnPage(located.Entry.CitationSpan);
                    if (citedBy.TryGetValue(doi, out var first))
                    {
                        diagnostics.Report(located, DiagnosticDescriptors.DuplicateDoi, span, doi, first.Label, first.Location);
                    }
                    else
                    {
                        citedBy.Add(doi, (label, page.Page.RelativePath + "(" + Invariant.Number(span.StartLine + 1) + ")"));
                    }
                }
            }
        }
    }
}
