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
            var withErrors = entries.Count(e => errorLines.Any(e.Contains));
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
                if (!errorLines.Any(entry.Contains) && !sourceLines.Any(entry.Contains))
                {
                    return new Violation(
                        Invariant.LostEntry,
                        $"the entry at {entry} has no error and is not in the catalog ({published} publications of {entries.Count} entries, {withErrors} with errors)");
                }
            }

            return null;
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
