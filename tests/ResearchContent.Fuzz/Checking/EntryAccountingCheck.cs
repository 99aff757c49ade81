using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using ResearchContent.Fuzz.Running;
using ResearchContent.Generators.Tests.Infrastructure;

namespace ResearchContent.Fuzz.Checking
{
    /// <summary>
    /// Invariant 3, on inputs of one file: every entry is in the catalog or has an error at its lines. The cheap test
    /// compares the catalog's count (its XML doc says "N publications on M pages") with the entries counted
    /// independently less those with an error; only when they differ is the catalog compiled and loaded, and each
    /// entry looked for among the publications' source lines.
    /// </summary>
    internal static partial class EntryAccountingCheck
    {
        public static Violation? Check(GeneratorOutcome outcome)
        {
            if (outcome.Inputs.Count != 1)
            {
                // Sources of one paper in several files merge: the count of a single file is the one to check.
                return null;
            }

            var (path, text) = outcome.Inputs.Single();
            var entries = EntryCensus.Of(path, text.ToString());
            var lineOf = TextLines.LineOfOffset(text.ToString());
            var errorLines = outcome.Errors
                .Where(d => d.Location.Kind != LocationKind.None && d.Location.GetLineSpan().Path == path)
                .Select(d => lineOf(d.Location.SourceSpan.Start))
                .ToArray();
            var firstEntry = entries.Count == 0 ? 0 : entries.Min(entry => entry.StartLine);
            var lines = errorLines.Any(line => line < firstEntry) ? TextLines.Split(text.ToString()) : Array.Empty<string>();
            var labelsWithErrors = FrontMatterLabels(lines, errorLines, firstEntry);
            bool HasError(EntryRegion entry) => errorLines.Any(entry.Contains) || labelsWithErrors.Any(label => Names(lines, entry, label));
            var withErrors = entries.Count(HasError);
            var fileError = outcome.Errors.Any(d => d.Location.Kind == LocationKind.None);
            var published = CatalogCount(outcome);
            if (published is null || fileError || published >= entries.Count - withErrors)
            {
                return null;
            }

            // Fewer publications than entries without errors: which entry went missing? (BibTeX entries of one file
            // that state one paper merge, legitimately.)
            if (outcome.Output!.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                return null; // The compile check reports it.
            }

            var sourceLines = new GeneratorRun(outcome.Result!, outcome.Output, outcome.DriverDiagnostics).Catalog().Publications
                .SelectMany(p => p.Sources)
                .Select(s => s.Line - 1)
                .ToArray();
            foreach (var entry in entries)
            {
                if (!HasError(entry) && !sourceLines.Any(entry.Contains))
                {
                    return new Violation(
                        Invariant.LostEntry,
                        $"the entry at {entry} has no error and is not in the catalog ({published} publications of {entries.Count} entries, {withErrors} with errors)");
                }
            }

            return null;
        }

        /// <summary>
        /// The labels that errors above the first entry stand on: a page's <c>keys:</c> front matter maps a label to a
        /// key (<c>2021-#2: xu2021small</c>), and a key that cannot be used is reported there, where it is written,
        /// and its entry left out (seed 11, input 39177: the census looked in the entry's own lines only).
        /// </summary>
        private static string[] FrontMatterLabels(IReadOnlyList<string> lines, int[] errorLines, int firstEntry)
        {
            return errorLines
                .Where(line => line < firstEntry && line < lines.Count && lines[line].Contains(':', StringComparison.Ordinal))
                .Select(line => lines[line][..lines[line].IndexOf(':', StringComparison.Ordinal)].Trim().Trim('"', '\''))
                .Where(label => label.Length > 0)
                .ToArray();
        }

        /// <summary>Whether the entry's label line, its first that holds text, holds the label.</summary>
        private static bool Names(IReadOnlyList<string> lines, EntryRegion entry, string label)
        {
            var line = entry.StartLine;
            while (line < entry.EndLine && line < lines.Count && lines[line].Trim().Length == 0)
            {
                line++;
            }

            return line < lines.Count && lines[line].Contains(label, StringComparison.Ordinal);
        }

        /// <summary>The number of publications the generated catalog's summary states, or null without a catalog.</summary>
        private static int? CatalogCount(GeneratorOutcome outcome)
        {
            foreach (var (hintName, source) in outcome.Generated)
            {
                if (hintName == "ResearchCatalog.g.cs" && CountPattern().Match(source) is { Success: true } match)
                {
                    return int.Parse(match.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
                }
            }

            return null;
        }

        [GeneratedRegex(@"content files: ([\d,]+) publications? on")]
        private static partial Regex CountPattern();
    }
}
