using System.Linq;
using System.Text.RegularExpressions;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// A body's acronym printed after its spelled-out name, as APA prints a publisher: <c>American Geophysical Union (AGU)</c>.
    /// The parentheses only abbreviate the name before them; read apart, they look like Frontiers' imprint in parentheses
    /// (<c>(Berlin: SPIE)</c>) and would make AGU's edited monographs proceedings.
    /// </summary>
    internal static class SpelledOutAcronym
    {
        private static readonly Regex Acronym = CitationRegex.Create(@"(?<name>(?:\p{Lu}[\p{L}\-]*\s+(?:(?:of|and|for|the|&)\s+)*){1,8})\((?<acronym>\p{Lu}{2,8})\)");

        /// <summary>The text with every acronym that repeats the initials of the name before it taken out.</summary>
        public static string Remove(string text)
        {
            if (text.IndexOf('(') < 0)
            {
                return text;
            }

            return Acronym.Replace(text, match =>
            {
                var initials = string.Concat(match.Groups["name"].Value
                    .Split(new[] { ' ' }, System.StringSplitOptions.RemoveEmptyEntries)
                    .Where(word => char.IsUpper(word[0]))
                    .Select(word => word[0]));
                return initials.EndsWith(match.Groups["acronym"].Value, System.StringComparison.Ordinal) ? match.Groups["name"].Value.TrimEnd() : match.Value;
            });
        }
    }
}
