using System.Collections.Generic;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// What a whole author list shows about how it prints names, which one name alone cannot: whether given names are
    /// written in full, and whether every name is a pinyin pair with the family name first (<c>Zhang Qi, Wang Teng</c>).
    /// </summary>
    internal readonly record struct AuthorListStyle(bool PrintsFullGivenNames, bool AllChineseFamilyFirst)
    {
        /// <summary>Whether some name is a family name in capitals then a given name (<c>ZHAO Lina</c>), so that <c>HE Yuan</c> is one too, not initials.</summary>
        public bool PrintsCapitalFamilies { get; init; }

        /// <summary>
        /// Whether the list shows pinyin names family name first and none given name first: some name is a common
        /// family name before a pinyin word that is none (<c>Chen Xiaoming</c>) or a family name in capitals (<c>WANG
        /// Teng</c>), and no name is the other way round (<c>Xiaoming Chen</c>). Then <c>Li Wei</c>, both of whose words
        /// are family names, and <c>Jiao Liqing</c>, whose family name is rarer, are family name first too.
        /// </summary>
        public bool ShowsChineseFamilyFirst { get; init; }

        /// <summary>Whether some name is a family name then one or two bare initials (<c>Ebmeier SK</c>), so that <c>Sparks RSJ</c> has three.</summary>
        public bool PrintsBareInitials { get; init; }

        /// <summary>
        /// Whether some name is bare initials that no family name could be, having no vowel, before a family name written out
        /// (<c>JM Smith</c>), so that <c>RA Patel</c> beside it is initials first too, not a family name in capitals.
        /// </summary>
        public bool PrintsBareInitialsFirst { get; init; }

        /// <summary>
        /// Whether some name is dotted initials before a family name (<c>D. Massonnet</c>), as IEEE prints every name, so that
        /// a run of four or more capitalized words without an initial beside it is a book's title, not a name.
        /// </summary>
        public bool PrintsDottedInitialsFirst { get; init; }

        private static readonly char[] Vowels = { 'A', 'E', 'I', 'O', 'U', 'Y' };

        public static AuthorListStyle Of(List<AuthorPiece> pieces)
        {
            var fullGiven = false;
            var pairs = 0;
            var chineseFirst = 0;
            var capitalFamilies = false;
            var bareInitials = false;
            var familyFirst = 0;
            var givenFirst = 0;
            var commonFirst = 0;
            var bareInitialsFirst = false;
            var dottedInitialsFirst = false;
            foreach (var piece in pieces)
            {
                dottedInitialsFirst |= PersonName.TrySplitInitialsFirst(piece.Text, false, out var dotted, out _) && dotted.IndexOf('.') >= 0;
                bareInitialsFirst |= PersonName.TrySplitBareInitialsFirst(piece.Text, out var leading, out _) && leading.Length >= 2 && leading.IndexOfAny(Vowels) < 0;
                capitalFamilies |= CapitalFamilyName.TrySplit(piece.Text, minimumFamilyLetters: 3, out _, out _);
                fullGiven |= PersonName.HasFullGivenFirst(piece.Text);
                bareInitials |= PersonName.TrySplitFamilyThenInitials(piece.Text, false, out _, out var initials) && initials.IndexOf('.') < 0;
                var words = piece.Text.Split(' ');
                if (words.Length == 2)
                {
                    pairs++;
                    chineseFirst += ChineseNames.IsSurname(words[0]) ? 1 : 0;
                    commonFirst += ChineseNames.IsMoreCommonSurnameFirst(words[0], words[1]) ? 1 : 0;
                    familyFirst += ChineseNames.IsSurname(words[0]) && !ChineseNames.IsSurname(words[1]) && ChineseNames.IsPinyin(words[1])
                        || CapitalFamilyName.TrySplit(piece.Text, minimumFamilyLetters: 2, out _, out _) ? 1 : 0;
                    givenFirst += !ChineseNames.IsSurname(words[0]) && ChineseNames.IsSurname(words[1]) ? 1 : 0;
                }
            }

            // MLA and Chicago invert the first name only: "Calabresi, Guido, and A. Douglas Melamed" prints given names in full.
            fullGiven |= pieces.Count >= 3 && pieces[0].Text.IndexOf(' ') < 0 && pieces[1].Text.IndexOf(' ') < 0 && PersonName.IsFullGiven(pieces[1].Text);
            var allChineseFamilyFirst = pairs >= 1 && pairs == pieces.Count && chineseFirst * 4 >= pairs * 3;
            // In a list of nothing but pinyin pairs, "Chen Jing", led by one of the commonest family names, shows the order too,
            // so "Liu Yang" beside it, both of whose words are common family names, is read the same way.
            familyFirst += allChineseFamilyFirst ? commonFirst : 0;
            return new AuthorListStyle(fullGiven, allChineseFamilyFirst)
            {
                PrintsCapitalFamilies = capitalFamilies,
                PrintsBareInitials = bareInitials,
                PrintsBareInitialsFirst = bareInitialsFirst && !bareInitials,
                PrintsDottedInitialsFirst = dottedInitialsFirst,
                ShowsChineseFamilyFirst = familyFirst > 0 && givenFirst == 0,
            };
        }
    }
}
