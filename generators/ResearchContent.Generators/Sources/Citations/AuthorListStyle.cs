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

        public static AuthorListStyle Of(List<AuthorPiece> pieces)
        {
            var fullGiven = false;
            var pairs = 0;
            var chineseFirst = 0;
            var capitalFamilies = false;
            foreach (var piece in pieces)
            {
                capitalFamilies |= CapitalFamilyName.TrySplit(piece.Text, minimumFamilyLetters: 3, out _, out _);
                fullGiven |= PersonName.HasFullGivenFirst(piece.Text);
                var words = piece.Text.Split(' ');
                if (words.Length == 2)
                {
                    pairs++;
                    chineseFirst += ChineseNames.IsSurname(words[0]) ? 1 : 0;
                }
            }

            return new AuthorListStyle(fullGiven, pairs >= 2 && pairs == pieces.Count && chineseFirst * 4 >= pairs * 3) { PrintsCapitalFamilies = capitalFamilies };
        }
    }
}
