using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Model
{
    /// <summary>
    /// A parsed entry joined to its page, once every entry is read. <see cref="Index"/> is its place in the whole
    /// catalog, which the cross-entry checks use to remember entries cheaply.
    /// </summary>
    internal sealed class LocatedEntry
    {
        public LocatedEntry(int index, PageSource page, EntrySource source, ParsedEntry entry)
        {
            Index = index;
            Page = page;
            Source = source;
            Entry = entry;
        }

        public int Index { get; }

        public PageSource Page { get; }

        public EntrySource Source { get; }

        public ParsedEntry Entry { get; }

        /// <summary>An entry-relative span as a span of the page.</summary>
        public RelativeSpan OnPage(RelativeSpan span) => span.Shift(Source.StartLine);
    }
}
