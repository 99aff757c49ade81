using ResearchContent.Generators.Diagnostics;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Validation.Entries
{
    /// <summary>RC2011 (<see cref="MisleadingCharacterWarning"/>) in a page's entry, naming the part of the entry it is in.</summary>
    internal static class MisleadingCharacterCheck
    {
        public static void Check(ParsedEntry entry, EntryDiagnosticList diagnostics)
        {
            foreach (var found in entry.MisleadingCharacters)
            {
                diagnostics.Add(
                    DiagnosticDescriptors.MisleadingCharacter,
                    found.Span,
                    MisleadingCharacterWarning.Arguments(PartOf(entry, found.Span), found.CodePoint));
            }
        }

        /// <remarks>
        /// The citation is found by its whole element, so a citation wrapped over lines is named on each of them; the
        /// title by the line of its start tag, as a header writes each title on a line of its own.
        /// </remarks>
        private static string PartOf(ParsedEntry entry, RelativeSpan span)
        {
            if (entry.CitationText is not null && entry.CitationExtent.Contains(span))
            {
                return "citation";
            }

            if (entry.TitleEn is not null && span.StartLine == entry.TitleSpan.StartLine)
            {
                return "title";
            }

            foreach (var comment in entry.KeyComments)
            {
                if (comment.Span.Contains(span))
                {
                    return "key comment";
                }
            }

            return entry.HeaderSpan is { } header && header.Contains(span) ? "entry's header" : "entry";
        }
    }
}
