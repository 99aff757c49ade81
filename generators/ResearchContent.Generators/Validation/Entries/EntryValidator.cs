using System;
using System.Linq;
using System.Threading;
using ResearchContent.Generators.Diagnostics;
using ResearchContent.Generators.Keys;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Validation.Entries
{
    /// <summary>
    /// The checks that need nothing but the entry itself. They run in the entry's own pipeline step, so that an
    /// edit to one entry checks only that entry again.
    /// </summary>
    internal static class EntryValidator
    {
        public static ParsedEntry Validate(ParsedEntry entry, CancellationToken cancellationToken)
        {
            // An entry the reader could not finish holds only part of what is written: checking it would add
            // errors about parts that were never read.
            if (entry.Diagnostics.Any(d => d.Id == DiagnosticDescriptors.UnexpectedFailure.Id))
            {
                return entry;
            }

            string? derivedKey = null;
            var diagnostics = new EntryDiagnosticList();
            diagnostics.AddRange(entry.Diagnostics);
            try
            {
                cancellationToken.ThrowIfCancellationRequested();
                LinkCheck.Check(entry, diagnostics);
                KeyCommentCheck.Check(entry, diagnostics);
                RequiredPartsCheck.Check(entry, diagnostics);
                CitationConsistencyCheck.Check(entry, diagnostics);
                MisleadingCharacterCheck.Check(entry, diagnostics);
                derivedKey = PublicationKey.Derived(entry);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                diagnostics.Add(DiagnosticDescriptors.UnexpectedFailure, entry.FirstLine, FailureMessage.Of(exception));
            }

            return entry with { Diagnostics = diagnostics.ToEquatableArray(), DerivedKey = derivedKey };
        }
    }
}
