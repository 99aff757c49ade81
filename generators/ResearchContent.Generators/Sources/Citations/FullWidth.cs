using System.Text;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>Chinese citations separate fields with full-width punctuation (<c>，：．；（）</c>); read as their ASCII forms.</summary>
    internal static class FullWidth
    {
        /// <summary>
        /// In a citation written in Latin letters, the separators only: a full-width colon stays inside a title
        /// (<c>GNSS：implications</c>) and is a separator only before a number (<c>66(5)：1827-1840</c>).
        /// </summary>
        public static string SeparatorsToAscii(string text)
        {
            var builder = new StringBuilder(text.Length);
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                builder.Append(c == '：' && !(i + 1 < text.Length && char.IsDigit(text[i + 1])) ? "：" : ToAscii(c.ToString()));
            }

            return builder.ToString();
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
