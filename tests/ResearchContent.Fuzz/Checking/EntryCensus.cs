using System;
using System.Collections.Generic;
using ResearchContent.Fuzz.Inputs;

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
            // One publication per collection file, wherever in it an error is.
            return IsCollectionPath(path) || PageEntryCounter.DeclaresCollection(lines)
                ? new[] { new EntryRegion(0, lines.Count) }
                : PageEntryCounter.Entries(lines);
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
