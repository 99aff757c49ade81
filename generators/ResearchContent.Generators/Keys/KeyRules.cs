using System.Text;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Keys
{
    /// <summary>What a key may be, and the C# property name it becomes (<c>zhang2021selective</c> → <c>Zhang2021Selective</c>).</summary>
    internal static class KeyRules
    {
        /// <summary>
        /// Why a key that is not <see cref="IsValidKey"/> cannot be used, as diagnostics say it: naming the character,
        /// since a reader cannot see which one in <c>wang.2021</c> or <c>xu 2021</c> is wrong, nor that a key is empty
        /// (a <c>keys:</c> line with nothing after its colon).
        /// </summary>
        public static string ProblemOf(string key)
        {
            if (key.Length == 0)
            {
                return "it is empty";
            }

            if (!IsAsciiLetter(key[0]))
            {
                return "it starts with " + Describe(key, 0) + ", not a letter";
            }

            for (var i = 1; i < key.Length; i++)
            {
                if (!IsKeyCharacter(key[i]))
                {
                    return "it holds " + Describe(key, i) + ", which a key cannot have";
                }
            }

            return "it is not a key";
        }

        /// <summary>Whether a key written by hand can be used: a letter, then letters, digits, '_', '-' or ':'.</summary>
        public static bool IsValidKey(string key)
        {
            if (key.Length == 0 || !IsAsciiLetter(key[0]))
            {
                return false;
            }

            foreach (var c in key)
            {
                if (!IsKeyCharacter(c))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The property name of a key: each run of letters or digits, capitalized.</summary>
        public static string PropertyName(string key)
        {
            var builder = new StringBuilder(key.Length);
            var startOfRun = true;
            var previousDigit = false;
            foreach (var c in key)
            {
                if (!(IsAsciiLetter(c) || c is >= '0' and <= '9'))
                {
                    startOfRun = true;
                    continue;
                }

                var digit = c is >= '0' and <= '9';
                if (!digit && previousDigit)
                {
                    startOfRun = true;
                }

                builder.Append(startOfRun ? char.ToUpperInvariant(c) : c);
                startOfRun = false;
                previousDigit = digit;
            }

            return builder.ToString();
        }

        private static bool IsAsciiLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

        private static bool IsKeyCharacter(char c) => IsAsciiLetter(c) || c is >= '0' and <= '9' or '_' or '-' or ':';

        /// <summary>
        /// A character as a message quotes it; one a reader cannot see by its code point, named when it is one that
        /// misleads (<c>U+200B ZERO WIDTH SPACE</c>).
        /// </summary>
        private static string Describe(string key, int index)
        {
            var c = key[index];
            if (c == ' ')
            {
                return "a space";
            }

            if (MisleadingCharacters.Is(c))
            {
                return MisleadingCharacters.Describe(c);
            }

            return char.IsControl(c) || char.IsWhiteSpace(c) || char.IsSurrogate(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format
                ? MisleadingCharacters.Notation(c)
                : "'" + c + "'";
        }
    }
}
