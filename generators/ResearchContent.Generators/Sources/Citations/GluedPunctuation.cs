using System.Text.RegularExpressions;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// Author lists typed with no spaces at all, as some hand-edited pages keep them: <c>15.Herrera T.,Quispe R.(2021).Title</c>,
    /// <c>Wu,X.,Huang,Y.and Zhao,L.(2018)Title,Journal</c>, <c>Zhang L.,Sun Q.Resolving …</c>. The spaces go back in where an
    /// initial's full stop meets the next name, a year or a title, so that the names' shapes can be read; between words of a
    /// title or a journal (<c>Earth-Sci.Rev.</c>) nothing changes, since no initial stands there.
    /// </summary>
    internal static class GluedPunctuation
    {
        // A list's number glued to the first name: "15.Herrera".
        private static readonly Regex GluedNumber = CitationRegex.Create(@"^\d{1,3}\.(?=\p{Lu}\p{Ll})");

        private static readonly GuardedRegex Spaces = new(
            CitationRegex.Create(
                // "T.,Quispe", "J.-P.,Li": a comma after an initial, glued to the next name.
                @"(?<=(?:^|[\s,.\-])\p{Lu}\.),(?=\p{Lu})"
                // "S.,2012,Removal": a comma after an initial glued to a bare year, and the year's comma glued to the title.
                + @"|(?<=(?:^|[\s,.\-])\p{Lu}\.),(?=(?:19|20)\d\d[a-z]?,\p{Lu})|(?<=(?:^|[\s,.\-])\p{Lu}\.,(?:19|20)\d\d[a-z]?),(?=\p{Lu})"
                // "Wu,X.": a comma between a family name and its initial.
                + @"|(?<=(?:^|[\s,])\p{Lu}\p{Ll}{1,12}),(?=\p{Lu}\.)"
                // "Y.and Zhao": an initial glued to "and".
                + @"|(?<=(?:^|[\s,])\p{Lu}\.)(?=and\s)"
                // "Sun Q.Resolving": a family name's initials glued to the title's first word; only after a family name, so a
                // journal's abbreviation typed without spaces ("J.Geophys.Res.") stays as typed.
                + @"|(?<=[\s,]\p{Lu}[\p{Ll}'’\-]+\s\p{Lu}{1,2}\.|[\s,]\p{Lu}[\p{Ll}'’\-]+\s\p{Lu}\.\p{Lu}\.)(?=\p{Lu}\p{Ll}{3,})"
                // "Mamani J.(2021)", "Zhao,L.(2018)": an initial glued to the year in parentheses.
                + @"|(?<=(?:^|[\s,])\p{Lu}{1,2}\.)(?=\((?:19|20)\d\d\))"
                // "(2018)Spatial": a year in parentheses glued to the title.
                + @"|(?<=\((?:19|20)\d\d[a-z]?\))(?=\p{Lu})"),
            // Needs a comma, full stop or parenthesis glued to a letter, which only text typed without spaces has.
            text => Literal.In(text, ".,") || Literal.In(text, ".and ") || Literal.In(text, ")") || HasGluedComma(text));

        public static string Separate(string text)
        {
            text = GluedNumber.Replace(text, string.Empty);
            var spaced = Spaces.Replace(text, match => match.Value.Length == 0 ? " " : ", ");
            return spaced;
        }

        private static bool HasGluedComma(string text)
        {
            for (var i = 0; i + 1 < text.Length; i++)
            {
                if (text[i] == ',' && char.IsLetter(text[i + 1]))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
