using System;
using System.Text;

namespace ResearchContent.Generators.Primitives
{
    /// <summary>
    /// <see cref="string.Normalize(NormalizationForm)"/> throws on characters a file the IDE hands over can hold: a lone
    /// surrogate (found by fuzzing: RC0002 on a page), and U+FFFE under ICU (finding 17, seed 99). Which code points a host's
    /// normalizer rejects differs between ICU and Windows' NLS, and the generator runs on both. Comparisons and keys
    /// drop such characters anyway, so surrogates out of pairs and noncharacters become U+FFFD first, and a text the
    /// host still rejects is compared as it stands.
    /// </summary>
    internal static class UnicodeNormalization
    {
        public static string Normalize(string text, NormalizationForm form)
        {
            var comparable = NeedsReplacing(text) ? WellFormed(text) : text;
            try
            {
                return comparable.Normalize(form);
            }
            catch (ArgumentException)
            {
                return comparable;
            }
        }

        private static bool NeedsReplacing(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (IsPair(text, i))
                {
                    if (IsNoncharacter(char.ConvertToUtf32(text[i], text[i + 1])))
                    {
                        return true;
                    }

                    i++;
                }
                else if (char.IsSurrogate(text[i]) || IsNoncharacter(text[i]))
                {
                    return true;
                }
            }

            return false;
        }

        private static string WellFormed(string text)
        {
            var characters = text.ToCharArray();
            for (var i = 0; i < characters.Length; i++)
            {
                if (IsPair(text, i))
                {
                    if (IsNoncharacter(char.ConvertToUtf32(text[i], text[i + 1])))
                    {
                        characters[i] = '\uFFFD';
                        characters[i + 1] = '\uFFFD';
                    }

                    i++;
                }
                else if (char.IsSurrogate(characters[i]) || IsNoncharacter(characters[i]))
                {
                    characters[i] = '\uFFFD';
                }
            }

            return new string(characters);
        }

        private static bool IsPair(string text, int i) =>
            char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);

        /// <summary>The 66 noncharacters: U+FDD0–U+FDEF and the last two code points of every plane.</summary>
        private static bool IsNoncharacter(int codePoint) => codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;
    }
}
