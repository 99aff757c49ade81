using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ResearchContent.Generators.Model;

namespace ResearchContent.Generators.Merge
{
    /// <summary>Joins the parsed entries back to their pages, and orders the pages by path so the catalog does not depend on the project's file order.</summary>
    internal static class EntryJoin
    {
        /// <param name="parsedEntries">Every page's entries, parsed, in the order the pipeline flattened the pages.</param>
        /// <param name="pages">The pages in the same order.</param>
        public static IReadOnlyList<PageEntries> Join(ImmutableArray<ParsedEntry> parsedEntries, ImmutableArray<PageSource> pages)
        {
            var expected = pages.Sum(page => page.Entries.Count);
            if (expected != parsedEntries.Length)
            {
                throw new InvalidOperationException(
                    "the pages hold " + expected + " entries but " + parsedEntries.Length + " were parsed");
            }

            var next = 0;
            var joined = new List<(PageSource Page, List<(EntrySource Source, ParsedEntry Entry)> Entries)>();
            foreach (var page in pages)
            {
                var entries = new List<(EntrySource, ParsedEntry)>();
                foreach (var source in page.Entries)
                {
                    entries.Add((source, parsedEntries[next++]));
                }

                joined.Add((page, entries));
            }

            var index = 0;
            var result = new List<PageEntries>();
            foreach (var (page, entries) in joined.OrderBy(p => p.Page.RelativePath, StringComparer.Ordinal).ThenBy(p => p.Page.FilePath, StringComparer.Ordinal))
            {
                result.Add(new PageEntries(page, entries.Select(e => new LocatedEntry(index++, page, e.Source, e.Entry)).ToArray()));
            }

            return result;
        }
    }
}
