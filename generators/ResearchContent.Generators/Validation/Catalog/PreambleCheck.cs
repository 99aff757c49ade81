using ResearchContent.Generators.Diagnostics;
using ResearchContent.Generators.Model;

namespace ResearchContent.Generators.Validation.Catalog
{
    /// <summary>
    /// RC1012: text before a label is the page's introduction above its first entry; before any other entry it
    /// belongs to no publication and to no page text either.
    /// </summary>
    internal static class PreambleCheck
    {
        public static void Check(PageEntries page, CatalogDiagnostics diagnostics)
        {
            for (var i = 1; i < page.Entries.Count; i++)
            {
                var located = page.Entries[i];
                if (located.Entry.Preamble is not null)
                {
                    diagnostics.Report(located, DiagnosticDescriptors.UnreadableContent, located.OnPage(located.Entry.PreambleSpan), "paragraph before the label");
                }
            }
        }
    }
}
