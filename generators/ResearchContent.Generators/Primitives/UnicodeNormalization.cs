using System.Text;

namespace ResearchContent.Generators.Primitives
{
    /// <summary>
    /// <see cref="string.Normalize(NormalizationForm)"/> throws on a lone surrogate, which a file the IDE hands over can
    /// hold (found by fuzzing: RC0002 on a page). Comparisons and keys drop such characters anyway, so they become
    /// U+FFFD first.
    /// </summary>
    internal static class UnicodeNormalization
    {
        public static string Normalize(string text, NormalizationForm form)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (char.IsSurrogate(text[i]) && !(char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])))
                {
                    return WellFormed(text).Normalize(form);
                }

                if (char.IsHighSurrogate(text[i]))
                {
                    i++;
                }
            }

            return text.Normalize(form);
        }

        private static string WellFormed(string text)
        {
            var characters = text.ToCharArray();
            for (var i = 0; i < characters.Length; i++)
            {
                if (char.IsHighSurrogate(characters[i]) && i + 1 < characters.Length && char.IsLowSurrogate(characters[i + 1]))
                {
                    i++;
                }
                else if (char.IsSurrogate(characters[i]))
                {
                    characters[i] = '\uFFFD';
                }
            }

            return new string(characters);
        }
    }
}
