using System;
using System.Linq;
using HtmlAgilityPack;

namespace ResearchContent.Generators.Sources.Page.Entries
{
    /// <summary>
    /// Recognises a short paragraph after the header that is a remark about the paper without a label of its own:
    /// an award (<c>Best Poster Award, Division of Energy and Fuels</c>, <c>获最佳墙报奖</c>), how the work was
    /// presented (<c>Poster presentation (online).</c>, <c>Invited talk</c>), a cover or a highlight. Such lines are
    /// notes, not the abstract; so is a paragraph of one or two sentences set in italics (an abstract in italics has more). An abstract is prose: a line longer than a
    /// remark, or more lines than two, stays abstract whatever its words.
    /// </summary>
    internal static class RemarkParagraph
    {
        // A remark is a phrase, not a paragraph of prose: a line of an abstract runs longer than this.
        private const int LongestLine = 100;

        // A remark set in italics may be a whole sentence.
        private const int LongestItalicLine = 200;

        // An English remark and its Chinese translation, each on a line of its own, is the most a remark takes.
        private const int MostLines = 2;

        // Whole words, so that "covers" or "postering" in a short abstract does not count.
        private static readonly string[] EnglishWords =
        {
            "award", "awards", "prize", "poster", "oral presentation", "invited talk", "invited lecture", "keynote",
            "plenary", "cover", "cover article", "front cover", "back cover", "editor's choice", "editors' choice",
            "highly cited", "hot paper", "best paper",
        };

        // Chinese has no word boundaries: these are phrases that mean only a remark ("奖励", reward, is not "获奖").
        private static readonly string[] ChinesePhrases =
        {
            "获奖", "最佳", "墙报", "海报展示", "口头报告", "邀请报告", "特邀报告", "大会报告", "封面", "高被引", "热点论文",
        };

        /// <summary>
        /// Whether the paragraph is one or two short lines naming an award, a presentation or a cover, or set in
        /// italics as a whole (<c>*Guo Jie and Sun Lei contributed equally to this work.*</c>): pages set a remark apart
        /// that way, never an abstract's line.
        /// </summary>
        public static bool Is(HtmlNode paragraph)
        {
            var lines = PlainText.WrittenLines(paragraph);
            return lines.Count is > 0 and <= MostLines
                && ((lines.All(l => l.Length <= LongestLine) && lines.Any(Names))
                    || (lines.All(l => l.Length <= LongestItalicLine && Sentence.IsOne(l)) && IsItalic(paragraph)));
        }

        private static bool IsItalic(HtmlNode paragraph) =>
            paragraph.DescendantsAndSelf()
                .Where(n => n.NodeType == HtmlNodeType.Text && HtmlEntity.DeEntitize(n.InnerText).Any(char.IsLetterOrDigit))
                .All(n => n.Ancestors().Any(a => a.Name is "em" or "i"));

        private static bool Names(string line) =>
            ChinesePhrases.Any(p => line.IndexOf(p, StringComparison.Ordinal) >= 0)
            || line.EndsWith("奖", StringComparison.Ordinal) || line.EndsWith("奖。", StringComparison.Ordinal)
            || EnglishWords.Any(w => HasWord(line, w));

        private static bool HasWord(string line, string word)
        {
            for (var at = line.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = line.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                var end = at + word.Length;
                if ((at == 0 || !char.IsLetter(line[at - 1])) && (end == line.Length || !char.IsLetter(line[end])))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
