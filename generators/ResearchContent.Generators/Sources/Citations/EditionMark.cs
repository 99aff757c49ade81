using System.Text.RegularExpressions;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// An edition a style prints after a book's title (<c>(3rd ed.)</c>, <c>(MATLAB ed.)</c>, <c>. 3rd Edn.</c>, <c>2nd ed.</c>), which is
    /// no field; an edition the publisher prints inside the title (<c>(Second Edition)</c>) stays part of it.
    /// </summary>
    internal static class EditionMark
    {
        private static readonly Regex Edition = CitationRegex.Create(
            @"\s*(?:\(\s*(?:\d+(?:st|nd|rd|th)|\p{Lu}[\p{L}]+)\s+(?:ed|edn)\.?(?:,\s*(?<rest>[^)]*))?\)|\(Vol\.\s*\d+(?:,\s*No\.\s*\d+)?\)|[.,]?\s+\d+(?:st|nd|rd|th)\s+(?:ed|edn|edition)\.?(?=[.,;]|\s|$)|[,.]?\s*\d+版"
            // SSA spells it out after a comma: "Introduction to Seismology, Third Ed., Cambridge University Press".
            + @"|,\s*(?-i:Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)\s+(?:Ed\b\.?|Edition\b)(?=[.,;]|\s|$))",
            RegexOptions.IgnoreCase);

        /// <summary>Whether the text ends with a style's edition (<c>Speech and language processing (2nd ed.)</c>): a book's title does.</summary>
        public static bool EndsText(string text)
        {
            text = text.TrimEnd('.', ' ');
            var last = Match.Empty;
            for (var match = Edition.Match(text); match.Success; match = match.NextMatch())
            {
                last = match;
            }

            return last.Success && last.Index + last.Length >= text.Length;
        }

        /// <summary>Whether an edition follows at <paramref name="at"/> (<c>…Learning Machines, 3rd ed. Upper Saddle River</c>): what precedes it is a title.</summary>
        public static bool Follows(string text, int at) => Edition.Match(text, at) is { Success: true } match && match.Index == at;

        /// <summary>The text without its edition; what shared the edition's parentheses (<c>(1st ed., pp. 317–334)</c>) stays.</summary>
        public static string Remove(string text) =>
            Edition.Replace(text, match => match.Groups["rest"].Success ? " (" + match.Groups["rest"].Value + ")" : string.Empty);
    }
}
