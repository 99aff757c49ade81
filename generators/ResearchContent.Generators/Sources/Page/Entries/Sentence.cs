namespace ResearchContent.Generators.Sources.Page.Entries
{
    /// <summary>
    /// Whether a line of text is one sentence: a remark about a paper is a sentence ("Guo Jie and Sun Lei contributed
    /// equally to this work."), an abstract several.
    /// </summary>
    internal static class Sentence
    {
        // A remark that comes with its translation is brief; the shortest abstracts are longer.
        private const int LongestBriefRemark = 100;

        private const int LongestBriefChineseRemark = 40;

        /// <summary>Whether the text is one brief sentence (<c>Also presented at ICRA 2022.</c>, <c>同时在 ICRA 2022 上宣读。</c>).</summary>
        public static bool IsBrief(string text) =>
            IsOne(text) && text.Length <= (Script.IsChinese(text) ? LongestBriefChineseRemark : LongestBriefRemark);

        /// <summary>Whether no sentence ends before the line's last characters.</summary>
        public static bool IsOne(string line)
        {
            var text = line.Trim();
            for (var i = 0; i < text.Length - 1; i++)
            {
                if (text[i] is '。' or '！' or '？' || (text[i] is '.' or '!' or '?' && text[i + 1] == ' ' && !IsInitial(text, i)))
                {
                    // Only closing marks may follow the end of the last sentence: "…2021.)", "…。」".
                    return IsClosing(text, i + 1);
                }
            }

            return true;
        }

        // "R. Tang", "J. Hydrol.": a capital letter alone before a full stop is an initial or an abbreviation.
        private static bool IsInitial(string text, int stop) =>
            text[stop] == '.' && stop >= 1 && char.IsUpper(text[stop - 1]) && (stop == 1 || !char.IsLetter(text[stop - 2]));

        private static bool IsClosing(string text, int from)
        {
            for (var i = from; i < text.Length; i++)
            {
                if (!(char.IsWhiteSpace(text[i]) || text[i] is ')' or '）' or '」' or '』' or '"' or '”' or '’' or '*'))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
