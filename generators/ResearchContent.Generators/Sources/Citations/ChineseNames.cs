using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// Chinese family names, to read a name's order: <c>Zhang Qi</c> printed family name first among given-name-first
    /// names, and <c>欧阳祖熙</c>, whose family name has two characters.
    /// </summary>
    internal static class ChineseNames
    {
        // The most common family names in pinyin. Names that are as common as given names (Qi, Teng, Hui…) are left out,
        // so that "Qi Zhang" and "Teng Wang" stay given-name first.
        private static readonly HashSet<string> Surnames = new(StringComparer.Ordinal)
        {
            "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo",
            "He", "Lin", "Luo", "Gao", "Zheng", "Liang", "Xie", "Tang", "Song", "Han", "Feng", "Deng", "Cao", "Peng", "Zeng",
            "Xiao", "Tian", "Dong", "Pan", "Yuan", "Cai", "Jiang", "Yu", "Du", "Ye", "Cheng", "Wei", "Su", "Lu", "Ding", "Ren",
            "Shen", "Yao", "Pei", "Wen", "Shi", "Qiu", "Yue", "Gong", "Fan", "Fang", "Jin", "Tan", "Jia", "Xia", "Fu", "Zou",
            "Meng", "Xiong", "Qin", "Bai", "Cui", "Kong", "Mao", "Hao", "Shao", "Wan", "Gu", "Lai", "Wei", "Hou", "Duan", "Lei",
            "Qian", "Tao", "Yin", "Yan", "Chang", "Niu", "Zhong", "Liao", "Xue", "Shan", "Gan", "Min", "Mo", "Kang", "Dai", "Zhan", "Ge", "Long", "Ji", "Jing", "Qu", "Ran", "Chu", "Xin", "Ou", "Pang", "Shu", "Rao", "Lan", "Tong", "Wen",
            // Two-character family names in pinyin, as 欧阳 and 司马 below.
            "Ouyang", "Sima", "Shangguan", "Zhuge", "Situ", "Xiahou", "Linghu", "Duanmu", "Huangfu", "Murong", "Yuwen",
        };

        // A word made of pinyin syllables, an initial and a final each: "Liqing", "Baosheng", "Xi'an". "Nguyen" and "Smith" are none.
        private static readonly Regex Syllables = CitationRegex.Create(
            @"^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ao|an|ei|en|er|ia|ie|in|iu|ou|ua|ue|ve|ui|un|uo|a|e|i|o|u|v|ü)'?)+$");

        // The ten most common, each borne by tens of millions and seldom a given name: in "Li Wei" and "Zhang Min", whose second
        // words are family names too but rarer ones, the first is the family name.
        private static readonly HashSet<string> MostCommonSurnames = new(StringComparer.Ordinal)
        {
            "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou",
        };

        public static bool IsSurname(string word) => Surnames.Contains(word);

        /// <summary>Whether a pinyin pair reads family name first by how common its words are as family names: <c>Li Wei</c>, not <c>Wei Li</c>.</summary>
        public static bool IsMoreCommonSurnameFirst(string first, string second) =>
            MostCommonSurnames.Contains(first) && !MostCommonSurnames.Contains(second) && IsPinyin(second);

        /// <summary>Whether a capitalized word is written in pinyin (a name is short: longer words are not tried).</summary>
        public static bool IsPinyin(string word) =>
            word.Length is > 1 and <= 12 && char.IsUpper(word[0]) && Syllables.IsMatch(word.ToLowerInvariant());

        /// <summary>Whether the two characters are a two-character family name (欧阳, 歐陽), as <see cref="ChineseSurname"/> lists them.</summary>
        public static bool IsCompoundSurname(string text) => ChineseSurname.IsCompound(text);
    }
}
