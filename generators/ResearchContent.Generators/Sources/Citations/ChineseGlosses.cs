using System.Text.RegularExpressions;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// What pages written for readers of both languages print twice: a journal's or a book's name in characters after its
    /// English name (<c>Chinese Journal of Geophysics (地球物理学报)</c>), and a Chinese title's English translation in
    /// brackets after it (<c>黄河流域生态系统服务权衡与协同 [Trade-offs and …]</c>). The field is the name as first printed;
    /// the gloss goes nowhere, as a name's characters after its pinyin do (<c>Wang Lei (王磊)</c>).
    /// </summary>
    internal static class ChineseGlosses
    {
        // Characters in parentheses right after a Latin word.
        private static readonly Regex CharactersAfterLatin = CitationRegex.Create(
            @"(?<=[A-Za-z\u00C0-\u024F])\s*\([\u4E00-\u9FFF\u3400-\u4DBF]{2,}\)");

        // An English sentence in brackets right after a character: several words, so no GB/T type code ("[J]", "[EB/OL]").
        private static readonly Regex TranslationAfterCharacters = CitationRegex.Create(
            @"(?<=[\u4E00-\u9FFF\u3400-\u4DBF])\s*\[\p{Lu}[^\[\]\u4E00-\u9FFF]*?\s[^\[\]\u4E00-\u9FFF]*?\p{Ll}{2}[^\[\]\u4E00-\u9FFF]*\]");

        public static string Remove(string text)
        {
            if (!HanCharacters.Occur(text))
            {
                return text;
            }

            return TranslationAfterCharacters.Replace(CharactersAfterLatin.Replace(text, string.Empty), string.Empty);
        }
    }
}
