using System;
using System.Collections.Generic;
using ResearchContent.Generators.Diagnostics;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Validation.Catalog
{
    /// <summary>RC2001 and RC2002: a figure's image is among the content files, and its alt text is its own on the page.</summary>
    internal static class FigureCheck
    {
        public static void Check(PageEntries page, ImageIndex images, CatalogDiagnostics diagnostics)
        {
            var altLines = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var located in page.Entries)
            {
                if (located.Entry.Label is null)
                {
                    continue;
                }

                foreach (var figure in located.Entry.Figures)
                {
                    if (!images.Resolves(figure.Source))
                    {
                        diagnostics.Report(located, DiagnosticDescriptors.MissingImageFile, located.OnPage(figure.ImageSpan), figure.Source);
                    }

                    if (string.IsNullOrEmpty(figure.Alt))
                    {
                        continue;
                    }

                    var altSpan = located.OnPage(figure.AltSpan);
                    if (altLines.TryGetValue(figure.Alt!, out var altLine))
                    {
                        diagnostics.Report(located, DiagnosticDescriptors.DuplicateAltText, altSpan, figure.Alt!, Invariant.Number(altLine + 1));
                    }
                    else
                    {
                        altLines.Add(figure.Alt!, altSpan.StartLine);
                    }
                }
            }
        }
    }
}
