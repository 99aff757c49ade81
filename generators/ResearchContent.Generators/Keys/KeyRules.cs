using System.Text;

namespace ResearchContent.Generators.Keys
{
    /// <summary>What a key may be, and the C# property name it becomes (<c>zhang2021selective</c> → <c>Zhang2021Selective</c>).</summary>
    internal static class KeyRules
    {
        /// <summary>Why a key that is not <see cref="IsValidKey"/> cannot be used, as diagnostics say it.</summary>
        public const string NotAKeyReason = "it has characters a key cannot have";

        /// <summary>Whether a key written by hand can be used: a letter, then letters, digits, '_', '-' or ':'.</summary>
        public static bool IsValidKey(string key)
        {
            if (key.Length == 0 || !IsAsciiLetter(key[0]))
            {
                return false;
            }

            foreach (var c in key)
            {
                if (!(IsAsciiLetter(c) || c is >= '0' and <= '9' or '_' or '-' or ':'))
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
    }
}
