using System.Collections.Generic;

namespace ResearchContent.Generators.Model
{
    /// <summary>A page and its parsed entries, in the order written.</summary>
    internal sealed class PageEntries
    {
        public PageEntries(PageSource page, IReadOnlyList<LocatedEntry> entries)
        {
            Page = page;
            Entries = entries;
        }

        public PageSource Page { get; }

        public IReadOnlyList<LocatedEntry> Entries { get; }
    }
}
