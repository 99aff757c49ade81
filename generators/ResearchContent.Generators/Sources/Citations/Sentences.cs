using System.Collections.Generic;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>Splits text at full stops and semicolons, but not after an initial or an abbreviation (<c>U.S. Geological Survey</c>).</summary>
    internal static class Sentences
    {
        private static readonly HashSet<string> Abbreviations = new(System.StringComparer.Ordinal)
        {
            "Dept", "Univ", "Lab", "Geol", "Surv", "Inst", "al", "Vol", "No", "pp", "Proc", "Int", "Natl", "Tech", "Rep", "Rept", "Eng", "Elect", "Sci",
        };

        /// <param name="text">The text.</param>
        /// <param name="extra">A further separator, such as <c>": "</c>.</param>
        public static string[] Split(string text, string? extra = null)
        {
            var parts = new List<string>();
            var start = 0;
            for (var i = 0; i < text.Length - 1; i++)
            {
                var atExtra = extra is not null && string.CompareOrdinal(text, i, extra, 0, extra.Length) == 0;
                var atStop = text[i] is '.' or ';' && text[i + 1] == ' ' && !(text[i] == '.' && IsAbbreviation(text, i));
                if (atStop || atExtra)
                {
                    parts.Add(text.Substring(start, i - start));
                    start = i + (atExtra ? extra!.Length : 2);
                    i = start - 1;
                }
            }

            parts.Add(text.Substring(start));
            return parts.ToArray();
        }

        private static bool IsAbbreviation(string text, int period)
        {
            var wordStart = period;
            while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
            {
                wordStart--;
            }

            var word = text.Substring(wordStart, period - wordStart);
            return (word.Length == 1 && char.IsUpper(word[0])) || Abbreviations.Contains(word);
        }
    }
}
