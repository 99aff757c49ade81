using System;
using System.Collections.Generic;
using System.Linq;

namespace ResearchContent.Fuzz.Checking
{
    /// <summary>The entries of one content file, counted independently of the generator, each with its lines.</summary>
    internal static class EntryCensus
    {
        public static IReadOnlyList<EntryRegion> Of(string path, string text)
        {
            if (path.EndsWith(".bib", StringComparison.OrdinalIgnoreCase))
            {
                return BibTeXEntryCounter.Entries(text);
            }

            if (!path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase))
            {
                return Array.Empty<EntryRegion>();
            }

            var lines = TextLines.Split(text);
            if (!IsCollectionPath(path) && !PageEntryCounter.DeclaresCollection(lines))
            {
                return PageEntryCounter.Entries(lines);
            }

            // One publication per collection file, wherever in it an error is; but, as in Jekyll, a file without front
            // matter is no document (RC2204 says so) and one that says 'published: false' is left out on purpose.
            var unpublished = lines.Any(l => l.StartsWith("published", StringComparison.Ordinal));
            return lines[0].TrimEnd() != "---" || unpublished ? Array.Empty<EntryRegion>() : new[] { new EntryRegion(0, lines.Count) };
        }

        /// <summary>A Markdown file in a <c>_publications</c> folder whose name Jekyll does not skip.</summary>
        private static bool IsCollectionPath(string path)
        {
            var segments = path.Split('/', '\\');
            var name = segments[^1];
            return Array.FindIndex(segments, 0, segments.Length - 1, s => s.Equals("_publications", StringComparison.OrdinalIgnoreCase)) >= 0
                && name.Length > 0 && name[0] is not ('.' or '_' or '#' or '~') && !name.EndsWith("~", StringComparison.Ordinal);
        }
    }
}
