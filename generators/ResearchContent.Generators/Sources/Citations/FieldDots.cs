using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// A middle dot or a bar typed between every field, as profile pages list works: <c>Kovács, B. · Horváth, E. · Title · Journal ·
    /// 2022 · 22(4), 1305–1321</c>, <c>Silva, P. | Costa, R. | Title | Journal | 2020 | 240: 111702</c>. The names before the title are a list, joined by commas; every later dot ends a field
    /// like a full stop. Dots between the names alone (<c>Ruijie Liu · Teng Wang · Qi Zhang (2023) Title</c>) are left to
    /// the author list, which reads them.
    /// </summary>
    internal static class FieldDots
    {

        // A part that is a year alone shows the dots separate fields, not only names.
        private static readonly Regex YearPart = CitationRegex.Create(@"^(?:19|20)\d\d[a-z]?$");

        // A word a name holds in lower case: a particle. Any other lower-case word belongs to a title or a journal.
        private static readonly Regex Particle = CitationRegex.Create(@"^(?:van|von|de|der|den|del|della|di|da|dos|das|du|la|le|y|bin|al)$");

        /// <param name="text">The citation.</param>
        /// <param name="separator">The mark typed between the fields: <c>" · "</c>, or a bar <c>" | "</c> the same way.</param>
        public static string Separate(string text, string separator)
        {
            if (text.IndexOf(separator, StringComparison.Ordinal) < 0)
            {
                return text;
            }

            var parts = text.Split(new[] { separator }, StringSplitOptions.None);
            if (parts.Length < 4 || !Array.Exists(parts, part => YearPart.IsMatch(part.Trim())))
            {
                return text;
            }

            var names = 0;
            while (names < parts.Length - 1 && IsName(parts[names]))
            {
                names++;
            }

            var fields = new List<string>();
            if (names > 0)
            {
                fields.Add(string.Join(", ", parts, 0, names).TrimEnd('.') + ".");
            }

            for (var i = names; i < parts.Length; i++)
            {
                fields.Add(parts[i].Trim());
            }

            return string.Join(". ", fields).Replace(".. ", ". ");
        }

        private static bool IsName(string part)
        {
            var words = part.Trim().Split(' ');
            return words.Length is > 0 and <= 5
                && Array.TrueForAll(words, word => word.Length > 0 && (char.IsUpper(word[0]) || Particle.IsMatch(word)) && !YearPart.IsMatch(word));
        }
    }
}
