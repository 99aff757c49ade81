using System.Collections.Generic;
using System.Text;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// Finds the page's own title inside its citation, ignoring case, punctuation and spacing, so that a citation
    /// in a shape no rule anticipates still splits into what comes before the title and what comes after it.
    /// </summary>
    internal static class TitleAnchor
    {
        /// <param name="text">The citation.</param>
        /// <param name="title">The title as the page's header prints it.</param>
        /// <param name="start">Where the title starts in <paramref name="text"/>.</param>
        /// <param name="end">Where it ends, after its last letter or digit.</param>
        public static bool TryFind(string text, string title, out int start, out int end)
        {
            start = end = 0;
            var needle = Fold(title, null);
            if (needle.Length < 8)
            {
                return false;
            }

            var positions = new List<int>();
            var haystack = Fold(text, positions);
            var at = haystack.IndexOf(needle, System.StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }

            start = positions[at];
            end = positions[at + needle.Length - 1] + 1;

            // A final "?" or "!" is part of the title.
            if (end < text.Length && text[end] is '?' or '!')
            {
                end++;
            }

            // A title that opens with a quote or closes with a bracket keeps it where the citation prints it too: "“It’s not
            // just the heat”: farmers’ perceptions …", "Treatise on Geophysics (Second Edition)".
            var printed = title.Trim();
            if (start > 0 && printed[0] is '“' or '"' or '‘' or '(' && text[start - 1] == printed[0])
            {
                start--;
            }

            if (end < text.Length && printed[printed.Length - 1] is ')' or ']' && text[end] == printed[printed.Length - 1])
            {
                end++;
            }

            return true;
        }

        /// <summary>Whether two titles are the same ignoring case, punctuation and spacing, as the anchor compares them.</summary>
        public static bool SameTitle(string first, string second) =>
            string.Equals(Fold(first, null), Fold(second, null), System.StringComparison.Ordinal);

        /// <summary>Letters and digits, lower-cased; <paramref name="positions"/> gets where each came from.</summary>
        private static string Fold(string text, List<int>? positions)
        {
            var builder = new StringBuilder(text.Length);
            for (var i = 0; i < text.Length; i++)
            {
                if (char.IsLetterOrDigit(text[i]))
                {
                    builder.Append(char.ToLowerInvariant(text[i]));
                    positions?.Add(i);
                }
                else if (text[i] == '&')
                {
                    // "InSAR & GNSS" in one and "InSAR and GNSS" in the other are the same title.
                    builder.Append("and");
                    positions?.AddRange(new[] { i, i, i });
                }
            }

            return builder.ToString();
        }
    }
}
