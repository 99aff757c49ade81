using System;
using System.Linq;
using HtmlAgilityPack;

namespace ResearchContent.Generators.Sources.Page.Entries
{
    /// <summary>
    /// Recognises a paper's declarations written as a sentence of their own after the header: who funded it (<c>This work
    /// was supported by the National Natural Science Foundation of China (No. 52075123).</c>, <c>本研究得到国家自然科学基金资助。</c>),
    /// whom the authors thank, where its data are, who contributed equally, when it was received and accepted, and where
    /// the study was registered (<c>Survey protocol registered with the Chinese Clinical Trial Registry
    /// (ChiCTR2300071234).</c>). Journals print these as declarations apart from the abstract,
    /// in set formulas and with registry numbers of set shapes, so they are notes.
    /// </summary>
    internal static class DeclarationParagraph
    {
        // A declaration is a sentence or two; an abstract that mentions its funding runs longer.
        private const int MostLines = 2;

        private const int LongestLine = 300;

        // The formulas declarations open with.
        private static readonly string[] EnglishOpenings =
        {
            "this work was supported", "this work is supported", "this work was funded", "this work was partly supported",
            "this study was supported", "this study was funded", "this research was supported", "this research was funded",
            "this project was supported", "this project was funded", "supported by", "funded by", "financial support",
            "we thank", "we acknowledge", "we are grateful", "we gratefully acknowledge", "the authors thank",
            "the authors acknowledge", "the authors are grateful", "the authors gratefully acknowledge",
            "data availability", "code availability", "data and code are available", "code and data are available",
            "data are available", "the data are available", "all data are available", "the data that support",
        };

        private static readonly string[] ChineseOpenings =
        {
            "本研究得到", "本研究受", "本研究由", "本文得到", "本文受", "本工作得到", "本项目得到", "感谢", "致谢", "数据可",
        };

        // The formulas of a contribution statement, wherever they stand in it: "Xu Jia and Wu Qiang contributed equally to
        // this work.", "These authors are joint first authors.", "张三与李四为共同第一作者。" Said of the authors and the
        // work, not of anything ("Temperature and precipitation contributed equally to the trend.").
        private static readonly string[] ContributionFormulas =
        {
            "contributed equally to this", "contributed equally as", "equal contribution", "joint first author", "co-first author",
            "共同第一作者", "并列第一作者", "同等贡献", "贡献相同",
        };

        // Trial and review registries' numbers: ChiCTR2300071234, ChiCTR-IOR-17013456, NCT01234567, ISRCTN12345678,
        // PROSPERO's CRD42021234567, ANZCTR's ACTRN12619000123456.
        private static readonly string[] RegistryPrefixes = { "ChiCTR", "NCT", "ISRCTN", "CRD42", "ACTRN" };

        /// <summary>Whether the paragraph is one or two lines that open with a declaration's formula or name a registry number.</summary>
        public static bool Is(HtmlNode paragraph)
        {
            var lines = PlainText.WrittenLines(paragraph);
            return lines.Count is > 0 and <= MostLines
                && lines.All(l => l.Length <= LongestLine)
                && (Opens(lines[0]) || lines.All(IsHistory) || (lines.All(Sentence.IsOne) && lines.Any(line => NamesRegistry(line) || StatesContribution(line))));
        }

        private static bool Opens(string line)
        {
            var text = line.TrimStart('*', '†', '‡', '#', ' ', '(');
            return EnglishOpenings.Any(o => text.StartsWith(o, StringComparison.OrdinalIgnoreCase))
                || ChineseOpenings.Any(o => text.StartsWith(o, StringComparison.Ordinal));
        }

        // An article's history, as journals print it: "Received 3 May 2022; accepted 1 Sep 2022", "收稿日期：2021-03-02；修回日期：…".
        private static bool IsHistory(string line) =>
            line.StartsWith("收稿日期", StringComparison.Ordinal)
            || (line.StartsWith("Received", StringComparison.OrdinalIgnoreCase) && line.Any(char.IsDigit)
                && HistoryWords.Any(word => line.IndexOf(word, StringComparison.OrdinalIgnoreCase) > 0));

        private static readonly string[] HistoryWords = { "accepted", "revised", "published" };

        private static bool StatesContribution(string line) => ContributionFormulas.Any(f => line.IndexOf(f, StringComparison.OrdinalIgnoreCase) >= 0);

        private static bool NamesRegistry(string line) =>
            line.Split(new[] { ' ', '(', ')', ',', ';', '.', ':', '：', '（', '）' }, StringSplitOptions.RemoveEmptyEntries).Any(IsRegistryNumber);

        private static bool IsRegistryNumber(string word)
        {
            var prefix = RegistryPrefixes.FirstOrDefault(p => word.StartsWith(p, StringComparison.Ordinal));
            return prefix is not null && word.Length >= prefix.Length + 6 && word.Substring(prefix.Length).Count(char.IsDigit) >= 6;
        }
    }
}
