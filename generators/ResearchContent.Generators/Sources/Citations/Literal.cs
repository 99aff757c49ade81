using System;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// Whether a text contains a literal an expression needs: the tests of <see cref="GuardedRegex"/>. They may say
    /// yes where the expression still finds nothing, never no where it would find something.
    /// </summary>
    internal static class Literal
    {
        // The one character that the expressions' IgnoreCase (culture-invariant) matches to an ASCII letter and
        // OrdinalIgnoreCase does not: the Kelvin sign, a 'k'. A text holding it is searched by the expression itself.
        private const char KelvinSign = '\u212A';

        public static bool In(string text, string literal) => text.IndexOf(literal, StringComparison.Ordinal) >= 0;

        public static bool In(string text, char literal) => text.IndexOf(literal) >= 0;

        /// <summary>An ASCII literal in any case, as an IgnoreCase expression matches it.</summary>
        public static bool InAnyCase(string text, string asciiLiteral) =>
            text.IndexOf(asciiLiteral, StringComparison.OrdinalIgnoreCase) >= 0 || text.IndexOf(KelvinSign) >= 0;

        /// <summary>Any of the ASCII literals in any case.</summary>
        public static bool AnyInAnyCase(string text, params string[] asciiLiterals)
        {
            foreach (var literal in asciiLiterals)
            {
                if (InAnyCase(text, literal))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether <c>\s+</c> replaced by one space would change the text: whitespace other than single spaces.</summary>
        public static bool HasWhitespaceToCollapse(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                // char.IsWhiteSpace is the expressions' \s: \f\n\r\t\v, U+0085 and the separators \p{Z}.
                if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || (i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]))))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
