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

        /// <summary>
        /// Whether the text's first sentence is Chinese: a line that gives a remark and then its translation ("The group's
        /// first journal paper. 课题组的第一篇期刊论文。") opens in the language of its first sentence, whatever the count
        /// over the whole line says.
        /// </summary>
        public static bool OpensChinese(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] is '。' or '！' or '？' || (text[i] is '.' or '!' or '?' && (i + 1 == text.Length || text[i + 1] == ' ')))
                {
                    return IsChinese(text.Substring(0, i + 1));
                }
            }

            return IsChinese(text);
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
