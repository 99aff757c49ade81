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
        /// The reader locates an element by its start tag, so the part is found by line: a header writes its title and
        /// its citation each on a line of its own, or the citation after the title on one line.
        /// </remarks>
        private static string PartOf(ParsedEntry entry, RelativeSpan span)
        {
            var citation = entry.CitationSpan;
            if (entry.CitationText is not null && span.StartLine == citation.StartLine && span.StartColumn >= citation.StartColumn)
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
