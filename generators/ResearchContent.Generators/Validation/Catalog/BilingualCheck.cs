using System.Linq;
using ResearchContent.Generators.Diagnostics;
using ResearchContent.Generators.Model;

namespace ResearchContent.Generators.Validation.Catalog
{
    /// <summary>RC2004 and RC2005: on a page where any entry has Chinese text, every entry has a Chinese title and abstract.</summary>
    internal static class BilingualCheck
    {
        public static void Check(PageEntries page, CatalogDiagnostics diagnostics)
        {
            if (!page.Entries.Any(e => e.Entry.TitleZh is not null || e.Entry.AbstractZh is not null))
            {
                return;
            }

            foreach (var located in page.Entries)
            {
                var entry = located.Entry;
                if (entry.Label is not { } label)
                {
                    continue;
                }

                if (entry.TitleZh is null && entry.TitleEn is not null)
                {
                    diagnostics.Report(located, DiagnosticDescriptors.MissingChineseTitle, located.OnPage(entry.TitleSpan), label);
                }

                if (entry.AbstractZh is null)
                {
                    diagnostics.Report(located, DiagnosticDescriptors.MissingChineseAbstract, located.OnPage(entry.LabelSpan), label);
                }
            }
        }
    }
}
