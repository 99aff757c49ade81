using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>The shapes of the pieces of a personal name: initials, given names, family names and their particles.</summary>
    internal static class PersonName
    {
        // One initial: "Q.", "Ch.", a compound given name cut short ("R. LeB." for LeBaron) or a bare "Q" as Vancouver prints
        // it; a bare capital must not start a longer word.
        private const string InitialUnit = @"(?:\p{Lu}\p{Ll}?\.|\p{Lu}\p{Ll}\p{Lu}\.|\p{Lu}{2,3}\.|\p{Lu}(?=[\s\-‐]|$))";

        // "J.-P.", "J.P.", "R. M.", IEEE's "S. -H.", APA's Korean "O.-i." and Vancouver's "O-i" are all one person's initials.
        public const string Initials = InitialUnit + @"(?:\s?-?" + InitialUnit + @"|-\p{Ll}(?:\.|(?=\s|$)))*(?:\s+-?" + InitialUnit + @"(?:-?" + InitialUnit + @")*)*";

        private static readonly Regex InitialsOnly = CitationRegex.Create("^" + Initials + "$");

        private static readonly Regex InitialsThenRest = CitationRegex.Create(@"^(?<given>" + Initials + @")\s+(?<rest>.+)$");

        // Initials without periods before a family name written out: "JM Smith".
        private static readonly Regex BareInitialsThenFamily = CitationRegex.Create(@"^(?<given>\p{Lu}{1,3})\s(?<family>(?:\p{Ll}+\s)*\p{Lu}\p{Ll}.*)$");

        // A soft sign's apostrophe may be a prime ("Fal′ko", "Belʼskii"), a hyphened particle is the word's ("del-Toro"), a tone mark may end it ("Adébáyọ̀").
        private static readonly Regex NameWord = CitationRegex.Create(@"^(?:[dDlLO]['’]|(?:al|el|del|de|da|di|van|von)[-‐])?\p{Lu}[\p{L}\p{M}'’′ʼ\-‐]*\p{L}\p{M}{0,2}$");

        // "The Minimalist Program" after "Noam Chomsky, " is a title: no one's given name is an article.
        private static readonly Regex GivenWord = CitationRegex.Create(@"^(?!The$)\p{Lu}[\p{Ll}\p{M}'’]+(?:[-‐]\p{Lu}?[\p{Ll}\p{M}]+)*$");

        // APA closes the list after a Roman suffix with its full stop: "Smith, K. D., III. (2019)".
        private static readonly Regex Suffix = CitationRegex.Create(@"^(?:Jr|Sr)\.?$|^(?:II|III|IV)\.?$");

        // Initials without periods, or with: "T", "RJ", "JP.", "Z.-K.", "P", Korean "O-i".
        private static readonly Regex BareInitials = CitationRegex.Create(@"^(?:\p{Lu}{1,2}\.?|(?:\p{Lu}\.){1,3}|\p{Lu}\.?\s?-\p{L}\.?)$");

        private static readonly Regex ThreeInitials = CitationRegex.Create(@"^\p{Lu}{3}$");

        private static readonly Regex CapitalWord = CitationRegex.Create(@"^\p{Lu}[\p{Lu}'’\-]+$");

        /// <summary>A given name written out: <c>Tao</c>, <c>Jean-Philippe</c>.</summary>
        public static bool IsGivenWord(string word) => GivenWord.IsMatch(word);

        // "Ph.D." after a name is the degree a thesis gives, though its letters read as initials ("Ch.", "D.").
        public static bool IsInitials(string text) => !Suffix.IsMatch(text) && InitialsOnly.IsMatch(text) && !text.TrimEnd('.').EndsWith("Ph.D", StringComparison.Ordinal);

        /// <summary>A generational suffix: <c>Jr.</c>, <c>Sr</c>, <c>III</c>.</summary>
        public static bool IsSuffix(string text) => Suffix.IsMatch(text);

        /// <summary>The suffix as printed, less a list's full stop after a Roman numeral, which takes none: <c>III.</c> → <c>III</c>.</summary>
        public static string BareSuffix(string text) => text.EndsWith("I.", System.StringComparison.Ordinal) || text.EndsWith("V.", System.StringComparison.Ordinal) ? text.TrimEnd('.') : text;

        /// <summary>
        /// Splits <c>Wang T</c>, <c>Weldon RJ</c>, <c>ROSEN P A</c>, <c>VAN DER WOERD J</c> or <c>Zhang Q.</c>: the family name
        /// first, then initials, as Vancouver, GB/T 7714, Frontiers and Science China print names.
        /// </summary>
        /// <param name="text">The name.</param>
        /// <param name="threeInitials">
        /// Whether three capitals at the end are initials too (<c>Sparks RSJ</c>): so in a list of <c>Wang T</c>s, while
        /// <c>Shengji WEI</c> among <c>Teng WANG</c>s is a family name in capitals.
        /// </param>
        /// <param name="family">The family name.</param>
        /// <param name="given">The initials.</param>
        public static bool TrySplitFamilyThenInitials(string text, bool threeInitials, out string family, out string given)
        {
            family = given = string.Empty;
            var words = text.Split(' ');
            var first = words.Length;
            if (threeInitials && first > 1 && ThreeInitials.IsMatch(words[first - 1]))
            {
                first--;
            }

            while (first > 1 && BareInitials.IsMatch(words[first - 1]))
            {
                first--;
            }

            if (first == words.Length || first == 0)
            {
                return false;
            }

            family = string.Join(" ", words, 0, first);
            given = string.Join(" ", words, first, words.Length - first);
            return IsFamily(family) || IsCapitalFamily(family);
        }

        /// <summary>A name in Chinese characters: a one- or two-character family name, then the given name (<c>刘睿</c>, <c>欧阳祖熙</c>).</summary>
        public static bool TrySplitChinese(string text, out string family, out string given)
        {
            family = given = string.Empty;
            if (text.Length is < 2 or > 5 || !IsAllHan(text))
            {
                return false;
            }

            var familyLength = text.Length >= 3 && ChineseNames.IsCompoundSurname(text.Substring(0, 2)) ? 2 : 1;
            family = text.Substring(0, familyLength);
            given = text.Substring(familyLength);
            return true;
        }

        /// <summary>A family name printed in capitals, as GB/T 7714 prints it: <c>WANG</c>, <c>VAN DER WOERD</c>.</summary>
        internal static bool IsCapitalFamily(string text)
        {
            foreach (var word in text.Split(' '))
            {
                if (!CapitalWord.IsMatch(word))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsAllHan(string text)
        {
            foreach (var c in text)
            {
                if (!HanCharacters.Is(c))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Splits <c>T. Wang</c> or <c>J.-P. van der Berg</c> into initials and family name.</summary>
        /// <param name="text">The name.</param>
        /// <param name="middleNameFirst">
        /// Whether the list prints full given names, so that <c>S. Mostafa Mousavi</c> is an initial and a given name
        /// before the family name; in a list of initials, <c>A. Monti Guarnieri</c> has a two-word family name.
        /// </param>
        /// <param name="given">The initials (and given name).</param>
        /// <param name="family">The family name.</param>
        public static bool TrySplitInitialsFirst(string text, bool middleNameFirst, out string given, out string family)
        {
            given = family = string.Empty;
            var match = InitialsThenRest.Match(text);
            if (!match.Success || !IsFamily(match.Groups["rest"].Value))
            {
                return false;
            }

            given = match.Groups["given"].Value;
            family = match.Groups["rest"].Value;
            var words = family.Split(' ');
            if (middleNameFirst && words.Length == 2 && GivenWord.IsMatch(words[0]) && !NameParticle.Is(words[0]))
            {
                given += " " + words[0];
                family = words[1];
            }

            return true;
        }

        /// <summary>Splits <c>JM Smith</c>: one to three capitals, then a family name in mixed case.</summary>
        public static bool TrySplitBareInitialsFirst(string text, out string given, out string family)
        {
            var match = BareInitialsThenFamily.Match(text);
            given = match.Groups["given"].Value;
            family = match.Groups["family"].Value;
            return match.Success && IsFamily(family);
        }

        /// <summary>Whether a name is given name first with a full given name: <c>Gregory C. Beroza</c>, <c>Teng Wang</c>.</summary>
        public static bool HasFullGivenFirst(string text)
        {
            var words = text.Split(' ');
            return words.Length >= 2 && GivenWord.IsMatch(words[0]) && TrySplitGivenFirst(text, out _, out _);
        }

        /// <summary>Splits <c>Tao Wang</c> or <c>Jean-Philippe van der Berg</c>: the family name starts at the first particle, else it is the last word.</summary>
        public static bool TrySplitGivenFirst(string text, out string given, out string family)
        {
            given = family = string.Empty;
            var words = text.Split(' ');
            if (words.Length < 2)
            {
                return false;
            }

            var familyStart = words.Length - 1;
            // The family name starts at a particle: "Jean van der Woerd", and, capitalized, "Hélène Le Mével".
            for (var i = 1; i < words.Length - 1; i++)
            {
                if (NameParticle.Is(words[i]))
                {
                    familyStart = i;
                    break;
                }
            }

            familyStart = IberianFamilyName.Start(words, familyStart);

            // Given names, then initials: "Ray J. Weldon". A full word after an initial ("Schwehr K. Dynamic World") is no name.
            var sawInitial = false;
            for (var i = 0; i < familyStart; i++)
            {
                var initial = InitialsOnly.IsMatch(words[i]) || (i > 0 && GivenWord.IsMatch(words[0]) && UndottedInitials.AfterGivenName(words[i]));
                if ((!GivenWord.IsMatch(words[i]) && !initial) || (sawInitial && !initial))
                {
                    return false;
                }

                sawInitial |= initial;
            }

            given = string.Join(" ", words, 0, familyStart);
            family = string.Join(" ", words, familyStart, words.Length - familyStart);
            return IsFamily(family);
        }

        /// <summary>A full given name as Chicago prints it, such as <c>Qi</c> or <c>Tao A.</c>: one given word, then initials at most.</summary>
        /// <param name="text">The piece.</param>
        /// <param name="allowTwoGivenNames">Whether two given names, or initials without full stops (<c>Adrian Antal</c>, <c>Albert IJM</c>), may stand: for the first, inverted author only.</param>
        public static bool IsFullGiven(string text, bool allowTwoGivenNames = false)
        {
            var words = text.Split(' ');
            if (!GivenWord.IsMatch(words[0]))
            {
                return false;
            }

            // MLA's first author may print every given name: "Hart, Herbert Lionel Adolphus".
            var i = 1;
            while (allowTwoGivenNames && i < 3 && i < words.Length && GivenWord.IsMatch(words[i]))
            {
                i++;
            }

            for (; i < words.Length; i++)
            {
                if (!InitialsOnly.IsMatch(words[i]) && !(allowTwoGivenNames && UndottedInitials.AfterGivenName(words[i])))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>A family name: capitalized words, optionally after particles; at most four words.</summary>
        public static bool IsFamily(string text)
        {
            var words = text.Split(' ');
            if (words.Length > 4)
            {
                return false;
            }

            for (var i = 0; i < words.Length; i++)
            {
                var isLast = i == words.Length - 1;
                if (!isLast && NameParticle.Is(words[i]))
                {
                    continue;
                }

                if (!NameWord.IsMatch(words[i]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>A family name of one word after any particles, so that it cannot be someone's full name.</summary>
        public static bool IsSingleWordFamily(string text)
        {
            var words = text.Split(' ');
            for (var i = 0; i < words.Length - 1; i++)
            {
                if (!NameParticle.Is(words[i]))
                {
                    return false;
                }
            }

            return IsFamily(text);
        }
    }
}
