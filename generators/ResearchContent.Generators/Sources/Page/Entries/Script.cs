using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Sources.Page.Entries
{
    /// <summary>
    /// Tells Chinese text from English by its script, not by its place: pages put the Chinese abstract
    /// before or after the English one, and Chinese text often quotes Latin terms such as "InSAR".
    /// </summary>
    internal static class Script
    {
        public static bool IsChinese(string text)
        {
            var (han, latin) = Count(text);

            // One Han character carries about a word; Latin words average five letters or more.
            return han > 0 && han * 5 >= latin;
        }

        /// <summary>The Han characters (with CJK punctuation) and the Latin letters in the text.</summary>
        public static (int Han, int Latin) Count(string text)
        {
            var han = 0;
            var latin = 0;
            foreach (var c in text)
            {
                if (IsHan(c))
                {
                    han++;
                }
                else if (c is >= 'A' and <= 'Z' or >= 'a' and <= 'z')
                {
                    latin++;
                }
            }

            return (han, latin);
        }

        // CJK punctuation and full-width forms count with the ideographs: they are written only in CJK text.
        private static bool IsHan(char c) =>
            HanCharacters.Is(c) || c is >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFFEF';
    }
}
