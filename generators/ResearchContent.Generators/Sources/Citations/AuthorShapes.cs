using System.Linq;
using ResearchContent.Generators.Model;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>The shapes one author takes in a list: one piece (<c>T. Wang</c>, <c>Wang T</c>, <c>Teng Wang</c>, <c>王腾</c>) or two (<c>Wang</c>, <c>T.</c>).</summary>
    internal static class AuthorShapes
    {
        private static readonly System.Text.RegularExpressions.Regex HyphenatedGiven = CitationRegex.Create(@"^\p{Lu}\p{Ll}+-\p{Ll}+$");

        /// <returns>How many pieces the author took, or 0 when the pieces at <paramref name="i"/> are no name.</returns>
        /// <param name="pieces">The list's pieces.</param>
        /// <param name="i">Where the author starts.</param>
        /// <param name="author">The author read.</param>
        /// <param name="familyFirst">Whether the name was family name then initials in one piece (<c>Wang T</c>).</param>
        /// <param name="list">What the whole list shows about how it prints names.</param>
        public static int TryRead(System.Collections.Generic.List<AuthorPiece> pieces, int i, AuthorListStyle list, out ParsedAuthor? author, out bool familyFirst)
        {
            author = null;
            familyFirst = false;
            var piece = pieces[i];
            var next = i + 1 < pieces.Count ? pieces[i + 1] : (AuthorPiece?)null;
            var (text, suffix) = WithoutSuffix(piece.Text);
            if (OrganizationName.IsGroup(text))
            {
                // "Moher D, …, PRISMA Group*": a group among the people, its whole name the family name.
                author = new ParsedAuthor(text, string.Empty, piece.Corresponding);
                return 1;
            }

            if (list.PrintsBareInitialsFirst && PersonName.TrySplitBareInitialsFirst(text, out var bareInitials, out var familyAfter))
            {
                author = new ParsedAuthor(familyAfter, bareInitials, piece.Corresponding) { Suffix = suffix };
                return 1;
            }

            if (CapitalFamilyName.TrySplit(text, list.PrintsCapitalFamilies ? 2 : 3, out var capitalFamily, out var writtenGiven))
            {
                author = new ParsedAuthor(capitalFamily, writtenGiven, piece.Corresponding) { Suffix = suffix };
                return 1;
            }

            // "Ó Súilleabháin, C.": an Irish particle of one capital opens a family name with its initials after it, not an initial.
            if (next is { } afterParticle && text.IndexOf(' ') == 1 && PersonName.IsSingleWordFamily(text) && PersonName.IsInitials(afterParticle.Text) && PersonName.IsFamily(text))
            {
                author = new ParsedAuthor(text, afterParticle.Text, piece.Corresponding || afterParticle.Corresponding) { Suffix = suffix };
                return 2;
            }

            if (PersonName.TrySplitInitialsFirst(text, list.PrintsFullGivenNames, out var given, out var family))
            {
                author = new ParsedAuthor(family, given, piece.Corresponding) { Suffix = suffix };
                return 1;
            }

            if (next is { } initials && (PersonName.IsInitials(initials.Text) && (PersonName.IsFamily(text) || IsOneLetterFamily(pieces, i))
                || InitialsWithParticle.Is(initials.Text) && (PersonName.IsFamily(text) || PersonName.IsCapitalFamily(text))))
            {
                author = new ParsedAuthor(text, initials.Text, piece.Corresponding || initials.Corresponding) { Suffix = suffix };
                return 2;
            }

            // Chicago inverts the first author with a full given name; a one-word family keeps "Tao Wang, Xu Shi" from pairing up.
            if (next is { } fullGiven && PersonName.IsSingleWordFamily(text) && PersonName.IsFullGiven(fullGiven.Text, allowTwoGivenNames: i == 0))
            {
                author = new ParsedAuthor(text, fullGiven.Text, piece.Corresponding || fullGiven.Corresponding) { Suffix = suffix };
                return 2;
            }

            if (PersonName.TrySplitFamilyThenInitials(text, list.PrintsBareInitials, out family, out given))
            {
                // Google Scholar prints the suffix before the initials: "Wicks Jr CW".
                var (familyName, suffixBeforeInitials) = WithoutSuffix(family);
                author = new ParsedAuthor(familyName, given, piece.Corresponding) { Suffix = suffix ?? suffixBeforeInitials };
                familyFirst = true;
                return 1;
            }

            if (list.PrintsDottedInitialsFirst && IsWrittenOutTitle(text))
            {
                // "D. Massonnet and J.-C. Souyris, Imaging With Synthetic Aperture Radar. Lausanne": where names are printed
                // with initials, four written-out words are the book's title after the list, not one more name.
                return 0;
            }

            if (PersonName.TrySplitGivenFirst(text, out given, out family))
            {
                // "Zhao Guoguang" among given-name-first names, or a list of nothing but "Zhang Qi"s: a Chinese family name
                // printed first.
                var words = text.Split(' ');
                // "Hao CHEN" among "Jia-Hui LIU"s: a word in capitals is the family name, wherever it stands.
                var capitalFamilyLast = words.Length == 2 && IsCapitals(words[1]) && !IsCapitals(words[0]);
                if (capitalFamilyLast)
                {
                    (family, given) = (words[1], words[0]);
                }
                else if (words.Length == 2 && ChineseNames.IsSurname(words[0]) && !ChineseNames.IsSurname(words[1])
                    && (words[1].Length >= 5 || list.AllChineseFamilyFirst))
                {
                    (family, given) = (words[0], words[1]);
                }
                else if (words.Length == 2 && HyphenatedGiven.IsMatch(words[1]) && !Literal.In(words[0], '-'))
                {
                    // "Kim Min-jun", "Park Ji-hoon": a Korean given name joins its syllables with a hyphen and a small letter,
                    // where a double family name capitalizes both halves ("García-López"); the other word is the family name.
                    (family, given) = (words[0], words[1]);
                }
                else if (words.Length == 2 && list.AllChineseFamilyFirst && ChineseNames.IsMoreCommonSurnameFirst(words[0], words[1]))
                {
                    // "Li Wei, Zhang Min", "Wang Fang": a list of nothing but pinyin pairs, each led by one of the commonest family names.
                    (family, given) = (words[0], words[1]);
                }
                else if (words.Length == 2 && list.ShowsChineseFamilyFirst && ChineseNames.IsPinyin(words[0]) && ChineseNames.IsPinyin(words[1])
                    && (ChineseNames.IsSurname(words[0]) || !ChineseNames.IsSurname(words[1])))
                {
                    // "Li Wei", "Jiao Liqing" in a list that prints pinyin names family name first.
                    (family, given) = (words[0], words[1]);
                }

                author = new ParsedAuthor(family, given, piece.Corresponding) { Suffix = suffix };
                return 1;
            }

            if (PersonName.TrySplitChinese(text, out family, out given))
            {
                author = new ParsedAuthor(family, given, piece.Corresponding);
                return 1;
            }

            return 0;
        }

        /// <summary>
        /// "Han, J.; E, W.; Car, R.": a family name of one letter (Weinan E), read only where the list before it already pairs
        /// a family name with its initials, so that a lone capital elsewhere stays an initial.
        /// </summary>
        private static bool IsOneLetterFamily(System.Collections.Generic.List<AuthorPiece> pieces, int i) =>
            pieces[i].Text.Length == 1 && char.IsUpper(pieces[i].Text[0]) && i >= 2
            && PersonName.IsInitials(pieces[i - 1].Text) && pieces[i - 1].Text.EndsWith(".", System.StringComparison.Ordinal)
            && PersonName.IsFamily(pieces[i - 2].Text);

        private static bool IsCapitals(string word) => word.Length >= 2 && word.All(c => !char.IsLower(c)) && word.Any(char.IsUpper);

        /// <summary>A name ending in a suffix (<c>Robert E. Anderson Jr.</c>) without it, and the suffix.</summary>
        private static (string Text, string? Suffix) WithoutSuffix(string text)
        {
            var space = text.LastIndexOf(' ');
            return space > 0 && PersonName.IsSuffix(text.Substring(space + 1))
                ? (text.Substring(0, space), text.Substring(space + 1))
                : (text, null);
        }

        // A book's title in title case ("Imaging With Synthetic Aperture Radar"): four or more capitalized words with no
        // initial and no particle beside them, which a name of four words ("Ray J. K. Weldon", "Jean Pierre Van Damme") has.
        private static bool IsWrittenOutTitle(string text)
        {
            var words = text.Split(new[] { ' ' }, System.StringSplitOptions.RemoveEmptyEntries);
            return words.Length >= 4 && words.All(word => char.IsUpper(word[0]) && !PersonName.IsInitials(word) && !NameParticle.Is(word));
        }
    }
}
