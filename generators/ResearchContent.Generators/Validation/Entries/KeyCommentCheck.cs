using ResearchContent.Generators.Diagnostics;
using ResearchContent.Generators.Keys;
using ResearchContent.Generators.Model;

namespace ResearchContent.Generators.Validation.Entries
{
    /// <summary>RC1008: every key comment but the one that sets the key is an error, with the reason it was not taken.</summary>
    internal static class KeyCommentCheck
    {
        public static void Check(ParsedEntry entry, EntryDiagnosticList diagnostics)
        {
            var chosen = HandWrittenKey.IndexIn(entry);
            for (var i = 0; i < entry.KeyComments.Count; i++)
            {
                if (i == chosen)
                {
                    continue;
                }

                // Before the chosen comment every comment is one that could not be taken; after it, any is one too many.
                var comment = entry.KeyComments[i];
                var reason = chosen >= 0 && i > chosen
                    ? "the entry already sets the key '" + entry.KeyComments[chosen].Value + "'"
                    : KeyRules.ProblemOf(comment.Value);
                diagnostics.Add(DiagnosticDescriptors.InvalidKey, comment.Span, comment.Value, reason);
            }
        }
    }
}
