using System.Text;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>Chinese citations separate fields with full-width punctuation (<c>，：．；（）</c>); read as their ASCII forms.</summary>
    internal static class FullWidth
    {
        /// <summary>
        /// In a citation written in Latin letters, the separators only: a full-width colon stays inside a title
        /// (<c>GNSS：implications</c>) and is a separator only before a number (<c>66(5)：1827-1840</c>) or after a character.
        /// </summary>
        public static string SeparatorsToAscii(string text)
        {
            var builder = new StringBuilder(text.Length);
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                // After a name in characters ("李娜：Carbon flux …") or an initial ("Huang Y.：Few-shot …") it ends the names.
                var separates = (i + 1 < text.Length && char.IsDigit(text[i + 1])) || (i > 0 && (Primitives.HanCharacters.Is(text[i - 1]) || text[i - 1] == '.'));
                builder.Append(c == '：' && !separates ? "：" : ToAscii(c.ToString()));
            }

            return builder.ToString();
        }

        /// <summary>
        /// Whether a citation is written in Latin letters, though it may name people in characters (<c>张伟，Smith J，李娜：Carbon
        /// flux partitioning …</c>): its Latin letters outnumber its Han characters several times over.
        /// </summary>
        public static bool WrittenInLatin(string text)
        {
            var (latin, han) = (0, 0);
            foreach (var c in text)
            {
                latin += c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' ? 1 : 0;
                han += Primitives.HanCharacters.Is(c) ? 1 : 0;
            }

            return latin > 4 * han;
        }

        /// <summary>
        /// Full-width brackets, which a GB/T 7714 citation typed with a Chinese input method puts around its type code
        /// (<c>［J］</c>), in every citation: they are never a title's own.
        /// </summary>
        public static string BracketsToAscii(string text) => text.IndexOf('［') < 0 ? text : text.Replace('［', '[').Replace('］', ']');

        public static string ToAscii(string text)
        {
            var builder = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                builder.Append(c switch
                {
                    '，' => ", ",
                    '、' => ", ",
                    '：' => ": ",
                    '；' => "; ",
                    '．' => ". ",
                    '。' => ". ",
                    '（' => "(",
                    '）' => ")",
                    _ => c.ToString(),
                });
            }

            return builder.ToString();
        }
    }
}
