using System.Text.RegularExpressions;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// An organization standing where authors go (<c>U.S. Geological Survey.</c>, <c>NASA JPL (2020)</c>,
    /// <c>International Organization for Standardization.</c>): one author, its whole name the family name.
    /// </summary>
    /// <remarks>
    /// No person's name holds these words, and a name that does is read whole, never split into family and given
    /// names. The words are capitalized, as organizations print their names; lists (commas, "and") are never one.
    /// </remarks>
    internal static class OrganizationName
    {
        private static readonly Regex Keyword = CitationRegex.Create(
            @"\b(?:Survey|Agency|Administration|Organi[sz]ation|Institute|Institution|University|Universit[äéà]\w*|Cent(?:er|re)|Laborator(?:y|ies)|Association|Society|Union|Commission|Council|Ministry|Bureau|Department|Office|Service|Consortium|Committee|Corporation|Company|Foundation|Remote\s+Sensing|Inc\.?|Ltd\.?|GmbH|AG|NASA|NOAA|ESA|JPL|USGS|JAXA|CNES|DLR|UNAVCO|EarthScope|Copernicus)\b");

        // One word in capitals, "GSI", "COMET", "NISAR": a person is printed with a given name or initials too.
        private static readonly Regex Acronym = CitationRegex.Create(@"^\p{Lu}[\p{Lu}\d\-]{2,11}$");

        private static readonly Regex Shape = CitationRegex.Create(
            @"^(?:[\p{Lu}\d][\p{L}\p{M}\d.'’\-&()]*|of|for|and|the|de|du|des|für|&)(?:\s+(?:[\p{Lu}\d][\p{L}\p{M}\d.'’\-&()]*|of|for|and|the|de|du|des|für|&)){0,9}$");

        // The last word of a group that signs among people: "PRISMA Group", "GBD 2019 Collaborators", "CMIP6 Consortium".
        private static readonly Regex GroupWord = CitationRegex.Create(
            @"\s(?:Group|Consortium|Collaboration|Collaborators|Committee|Investigators|Team|Network|Panel|Alliance)$");

        /// <summary>Whether a piece of an author list is a group's name rather than a person's.</summary>
        public static bool IsGroup(string piece)
        {
            piece = piece.Trim();
            return GroupWord.IsMatch(piece) && Shape.IsMatch(piece);
        }

        /// <summary>Whether the text, a whole author part, is one organization's name.</summary>
        public static bool IsOrganization(string text)
        {
            text = text.Trim();
            return text.Length > 0 && text.IndexOf(',') < 0 && text.IndexOf(';') < 0 && (Keyword.IsMatch(text) || Acronym.IsMatch(text)) && Shape.IsMatch(text);
        }

        /// <summary>The name without the full stop that ends the author part, kept when it is an abbreviation's (<c>Lab.</c>, <c>Inc.</c>).</summary>
        public static string WithoutFullStop(string text)
        {
            text = text.Trim();
            if (!text.EndsWith(".", System.StringComparison.Ordinal))
            {
                return text;
            }

            var lastWord = text.Substring(text.LastIndexOf(' ') + 1);
            return lastWord is "Inc." or "Ltd." or "Lab." or "Co." or "Corp." || JournalWords.EndsInAbbreviation(text) && lastWord.Length <= 5
                ? text
                : text.Substring(0, text.Length - 1);
        }
    }
}
