using System.Linq;
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
        private const string Keywords =
            @"\b(?:Survey|Agency|Administration|Organi[sz]ation|Institute|Institution|University|Universit[äéà]\w*|Cent(?:er|re)s?|Laborator(?:y|ies)|Association|Society|Union|Commission|Council|Ministry|Bureau|Department|Office|Service|Consortium|Committee|Corporation|Company|Foundation|Panel|Bank|Programme|Academ(?:y|ies)|Federation|Remote\s+Sensing|Inc\.?|Ltd\.?|GmbH|AG|NASA|NOAA|ESA|JPL|USGS|JAXA|CNES|DLR|UNAVCO|EarthScope|Copernicus)\b";

        private static readonly Regex Keyword = CitationRegex.Create(Keywords);

        // GB/T 7714 prints every author in capitals, an organization too: "WORLD HEALTH ORGANIZATION."
        private static readonly Regex CapitalKeyword = CitationRegex.Create(Keywords, RegexOptions.IgnoreCase);

        // One word in capitals, "GSI", "COMET", "NISAR": a person is printed with a given name or initials too.
        private static readonly Regex Acronym = CitationRegex.Create(@"^\p{Lu}[\p{Lu}\d\-]{2,11}$");

        // Capitalized words and the words that join them, and the abbreviation a name may end with: "Intergovernmental Panel on
        // Climate Change (IPCC)".
        private static readonly Regex Shape = CitationRegex.Create(
            @"^(?:[\p{Lu}\d][\p{L}\p{M}\d.'’\-&()]*|of|for|and|the|on|de|du|des|für|&)(?:\s+(?:[\p{Lu}\d][\p{L}\p{M}\d.'’\-&()]*|of|for|and|the|on|de|du|des|für|&)){0,9}(?:\s\(\p{Lu}[\p{Lu}\d\-]*\)\.?)?$");

        // The last word of a group that signs among people: "PRISMA Group", "GBD 2019 Collaborators", "CMIP6 Consortium";
        // some groups print it in lower case ("The IMBIE team", "the ENIGMA consortium"), and astronomy numbers the group's
        // paper in a series after it ("Planck Collaboration VI"); a study signs as its initiative ("Alzheimer's Disease Neuroimaging Initiative").
        private static readonly Regex GroupWord = CitationRegex.Create(
            @"\s(?<word>[Gg]roup|[Cc]onsortium|[Cc]ollaboration|[Cc]ollaborators|Committee|[Ii]nvestigators|[Tt]eam|Network|Panel|Alliance|Initiative)(?:\s[IVXL]{1,5})?\.?$");

        /// <summary>Whether a piece of an author list is a group's name rather than a person's.</summary>
        public static bool IsGroup(string piece)
        {
            piece = piece.Trim();
            var match = GroupWord.Match(piece);
            // The name's shape is that of its capitalized words; the group word may be in lower case after them.
            return match.Success && Shape.IsMatch(piece.Substring(0, match.Groups["word"].Index).TrimEnd());
        }

        // What follows the first part of a name with commas: "…, Engineering, and Medicine".
        private static readonly Regex ListedField = CitationRegex.Create(@"^(?:(?:and|&)\s+)?\p{Lu}\p{Ll}+(?:\s+(?:\p{Lu}\p{Ll}+|of|and|the|&))*\.?$");

        // A body's name in Chinese characters says what it is in its last characters, as "Survey" and "Institute" do:
        // 国家统计局 (bureau), 住房和城乡建设部 (ministry), 信息中心 (centre), 技术有限公司 (company), 研究院 (academy).
        private static readonly Regex HanOrganization = CitationRegex.Create(
            @"^[\p{IsCJKUnifiedIdeographs}]{3,}(?:局|部|委员会|委|中心|公司|集团|研究院|研究所|学院|大学|协会|学会|办公室|署|厅|组织|联合会)$");

        /// <summary>Whether the text, a whole author part, is one organization's name.</summary>
        public static bool IsOrganization(string text)
        {
            text = text.Trim();
            // An organization's name is one sentence: "Li Hang. Statistical Learning Methods. Tsinghua University Press" is an
            // author, a title and a publisher, whatever words the last holds.
            if (Sentences.Split(text).Length > 1)
            {
                return false;
            }

            return HanOrganization.IsMatch(text)
                || text.Length > 0 && text.IndexOf(',') < 0 && text.IndexOf(';') < 0
                    && (Keyword.IsMatch(text) || Acronym.IsMatch(text) || IsInCapitals(text) && CapitalKeyword.IsMatch(text)) && Shape.IsMatch(text)
                || IsOrganizationWithCommas(text)
                // "GBD 2019 Diseases and Injuries Collaborators": a group signing alone, its "and" no list's (a list with
                // initials in it is people and a group: "Smith J and the ABC Team").
                || text.IndexOf(',') < 0 && IsGroup(text) && !text.Split(' ').Any(PersonName.IsInitials);
        }

        private static bool IsInCapitals(string text) => text.IndexOf(' ') > 0 && !text.Any(char.IsLower);

        /// <summary>
        /// "National Academies of Sciences, Engineering, and Medicine": a name of two words or more that says it is an
        /// organization, then the fields it lists, each a word or two written out. A list of people has names, not fields, after its commas.
        /// </summary>
        private static bool IsOrganizationWithCommas(string text)
        {
            var parts = text.Split(new[] { ", " }, System.StringSplitOptions.None);
            if (parts.Length < 2 || text.IndexOf(';') >= 0 || parts[0].IndexOf(' ') < 0 || !Keyword.IsMatch(parts[0]) || !Shape.IsMatch(parts[0]))
            {
                return false;
            }

            for (var i = 1; i < parts.Length; i++)
            {
                if (!ListedField.IsMatch(parts[i]))
                {
                    return false;
                }
            }

            return true;
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
