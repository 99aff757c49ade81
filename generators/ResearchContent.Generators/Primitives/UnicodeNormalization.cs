using System;
using System.Text;

namespace ResearchContent.Generators.Primitives
{
    /// <summary>
    /// <see cref="string.Normalize(NormalizationForm)"/> throws on characters a file the IDE hands over can hold: a lone
    /// surrogate (found by fuzzing: RC0002 on a page), and U+FFFE under ICU (finding 17, seed 99). Which code points a
    /// host's normalizer rejects differs between ICU and Windows' NLS, and the generator runs on both. Comparisons and
    /// keys drop such characters anyway, so surrogates out of pairs and noncharacters become U+FFFD first, and a text the
    /// host still rejects is compared as it stands.
    /// </summary>
    internal static class UnicodeNormalization
    {
        public static string Normalize(string text, NormalizationForm form)
        {
            var comparable = WellFormed(text);
            try
            {
                return comparable.Normalize(form);
            }
            catch (ArgumentException)
            {
                return comparable;
            }
        }

        /// <summary>The text with U+FFFD for each surrogate out of a pair and each noncharacter; the same instance when it has none.</summary>
        private static string WellFormed(string text)
        {
            char[]? characters = null;
            for (var i = 0; i < text.Length; i++)
            {
                var pair = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
                var width = pair ? 2 : 1;
                var replace = pair ? IsNoncharacter(char.ConvertToUtf32(text[i], text[i + 1])) : char.IsSurrogate(text[i]) || IsNoncharacter(text[i]);
                if (replace)
                {
                    characters ??= text.ToCharArray();
                    for (var k = i; k < i + width; k++)
                    {
                        characters[k] = '\uFFFD';
                    }
                }

                i += width - 1;
            }

            return characters is null ? text : new string(characters);
        }

        /// <summary>The 66 noncharacters: U+FDD0–U+FDEF and the last two code points of every plane.</summary>
        private static bool IsNoncharacter(int codePoint) => codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;
    }
}
