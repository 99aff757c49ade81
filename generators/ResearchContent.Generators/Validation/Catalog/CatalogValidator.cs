using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ResearchContent.Generators.Diagnostics;
using ResearchContent.Generators.Model;

namespace ResearchContent.Generators.Validation.Catalog
{
    /// <summary>
    /// Runs the checks that need more than one entry or the project's other files, after the per-entry problems are
    /// placed in their pages. An entry with an error anywhere is left out of the catalog.
    /// </summary>
    internal static class CatalogValidator
    {
        public static CatalogValidation Validate(IReadOnlyList<PageEntries> pages, ImageIndex images, CancellationToken cancellationToken)
        {
            var diagnostics = new CatalogDiagnostics();
            foreach (var page in pages)
            {
                foreach (var info in page.Page.Diagnostics)
                {
                    diagnostics.Report(page.Page, info);
                }

                foreach (var located in page.Entries)
                {
                    foreach (var diagnostic in located.Entry.Diagnostics)
                    {
                        diagnostics.Report(located, DiagnosticDescriptors.Get(diagnostic.Id), located.OnPage(diagnostic.Span), diagnostic.Arguments.ToArray());
                    }
                }
            }

            cancellationToken.ThrowIfCancellationRequested();
            foreach (var page in pages)
            {
                LabelUniquenessCheck.Check(page, diagnostics);
                PreambleCheck.Check(page, diagnostics);
            }

            var keys = KeyUniquenessCheck.Check(pages, diagnostics);
            DoiUniquenessCheck.Check(pages, diagnostics);
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var page in pages)
            {
                FigureCheck.Check(page, images, diagnostics);
                BilingualCheck.Check(page, diagnostics);
            }

            return new CatalogValidation(diagnostics, keys);
        }
    }
}
