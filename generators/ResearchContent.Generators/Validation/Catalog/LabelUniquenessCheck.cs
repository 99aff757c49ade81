using System.Collections.Generic;
using ResearchContent.Generators.Diagnostics;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Validation.Catalog
{
    /// <summary>RC1006: a label is used once on its page.</summary>
    internal static class LabelUniquenessCheck
    {
        public static void Check(PageEntries page, CatalogDiagnostics diagnostics)
        {
            var firstLines = new Dictionary<string, int>(System.StringComparer.Ordinal);
            foreach (var located in page.Entries)
            {
                if (located.Entry.Label is not { } label)
                {
                    continue;
                }

                var span = located.OnPage(located.Entry.LabelSpan);
                if (firstLines.TryGetValue(label, out var firstLine))
                {
                    diagnostics.Report(located, DiagnosticDescriptors.DuplicateLabel, span, label, Invariant.Number(firstLine + 1));
                }
                else
                {
                    firstLines.Add(label, span.StartLine);
                }
            }
        }
    }
}
