using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ResearchContent.Generators.Diagnostics;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Primitives;
using ResearchContent.Generators.Validation;

namespace ResearchContent.Generators.Sources.BibTeX
{
    /// <summary>
    /// Reads a BibTeX file (al-folio's and jekyll-scholar's <c>_bibliography/papers.bib</c>, or any export) into one
    /// <see cref="SourcePublication"/> per bibliographic entry, with every problem as a located diagnostic.
    /// </summary>
    /// <remarks>
    /// The reader is written by hand, following the grammar btparse documents and BibTeX's name rules: there is no
    /// BibTeX library for netstandard2.0 that a source generator can load next to itself (the .NET ones target
    /// newer frameworks, read files from disk or lean on regular expressions that neither locate errors nor bound
    /// their time), and the catalog needs what no library gives: a line and column for every problem, no exception
    /// on any input, and time linear in the file's length. docs/sources-bibtex.md describes what is read.
    /// </remarks>
    internal static class BibTeXFileReader
    {
        /// <summary>Whether a content file is a BibTeX file: every <c>*.bib</c>, as jekyll-scholar reads them.</summary>
        public static bool IsBibTeXFile(string path) => path.EndsWith(".bib", System.StringComparison.OrdinalIgnoreCase);

        /// <param name="filePath">The path the compiler knows the file by; diagnostics point there.</param>
        /// <param name="relativePath">The path relative to the content root, with <c>/</c> separators.</param>
        /// <param name="text">The file's text.</param>
        /// <param name="cancellationToken">Cancels the read when the compilation is abandoned.</param>
        public static SourceFile Read(string filePath, string relativePath, string text, CancellationToken cancellationToken)
        {
            var lines = LineMap.Of(text);
            var lineStarts = FileLines.Of(text, lines);
            try
            {
                var diagnostics = new BibTeXDiagnosticList(filePath, lines, lineStarts);
                var entries = BibTeXParser.Parse(text, diagnostics, cancellationToken);
                RejectDuplicateKeys(entries, diagnostics);
                var publications = new List<SourcePublication>();
                foreach (var entry in entries)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (!entry.HasError)
                    {
                        publications.Add(BibTeXPublicationBuilder.Build(entry, filePath, relativePath, diagnostics));
                    }
                }

                MisleadingCharacterWarning.CheckFile(
                    text,
                    publications.SelectMany(publication => publication.Locations),
                    (offset, length, arguments) => diagnostics.Add(DiagnosticDescriptors.MisleadingCharacter, offset, length, arguments));

                // In the order of the file, whichever step found them; OrderBy is stable, so ties keep their order.
                var ordered = diagnostics.Items.OrderBy(diagnostic => diagnostic.Start);
                return new SourceFile(filePath, relativePath, lineStarts, publications.ToEquatableArray(), ordered.ToEquatableArray());
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                var failure = new DiagnosticInfo(
                    DiagnosticDescriptors.UnexpectedFailure.Id, filePath, 0, 0, 0, 0, 0, 0,
                    new[] { FailureMessage.Of(exception) }.ToEquatableArray());
                return new SourceFile(
                    filePath, relativePath, lineStarts, EquatableArray<SourcePublication>.Empty, new[] { failure }.ToEquatableArray());
            }
        }

        /// <summary>
        /// A key used twice in one file, ignoring case as BibTeX does, is an error at the later entry: which of the two
        /// a citation means cannot be told.
        /// </summary>
        private static void RejectDuplicateKeys(IReadOnlyList<BibTeXEntry> entries, BibTeXDiagnosticList diagnostics)
        {
            var firstByKey = new Dictionary<string, BibTeXEntry>(StringComparer.OrdinalIgnoreCase);
            foreach (var entry in entries)
            {
                if (entry.Key.Length == 0)
                {
                    continue;
                }

                if (firstByKey.TryGetValue(entry.Key, out var first))
                {
                    diagnostics.Add(
                        DiagnosticDescriptors.DuplicateBibTeXKey, entry.KeyStart, entry.Key.Length,
                        entry.Key, diagnostics.LineNumber(first.KeyStart).ToString(System.Globalization.CultureInfo.InvariantCulture));
                    entry.HasError = true;
                }
                else
                {
                    firstByKey.Add(entry.Key, entry);
                }
            }
        }
    }
}
