using System.Collections.Generic;
using System.Text.RegularExpressions;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// Reads the author list of a citation in any of the name orders styles print:
    /// AGU (<c>Zhang, Q., T. Wang, and X. Shi</c>), APA (<c>Luo, H., Wang, T., &amp; Gong, J.</c>),
    /// IEEE (<c>Q. Zhang, T. Wang, and X. Shi</c>), Chicago (<c>Zhang, Qi, Tao Wang, and Xu Shi</c>), Elsevier
    /// (<c>Qi Zhang, Teng Wang</c>), Vancouver and GB/T 7714 (<c>Wang T, Weldon RJ</c>, <c>WANG T, WEI S, et al</c>),
    /// MDPI (<c>He, Y.; Wang, T.</c>) and Chinese (<c>刘睿, 王腾, 等</c>).
    /// </summary>
    /// <remarks>
    /// A comma separates both authors and the two halves of an inverted name, so the list is first cut at every
    /// comma and conjunction, then the pieces are paired by their shapes. Any piece that fits no shape fails the
    /// whole list: a half-read author list would be a silent guess.
    /// </remarks>
    internal static class AuthorListParser
    {
        // The list is parsed at every candidate end of it: most lists hold no "et al.", "others", 等 or ellipsis to look for.
        private static readonly GuardedRegex EtAl = new(
            CitationRegex.Create(@",?\s*(?:\bet\s*al\b\.?|\band\s+(?:\d+\s+)?others\b|等|(?:\.\.\.|…)(?=\s*(?:&|and)?\s*$))", RegexOptions.IgnoreCase),
            text => (Literal.InAnyCase(text, "et") && Literal.InAnyCase(text, "al")) || Literal.InAnyCase(text, "others") || Literal.In(text, '等') || HasEllipsis(text));

        private static readonly GuardedRegex Ellipsis = new(CitationRegex.Create(@",?\s*(?:\.\.\.|…)\s*"), HasEllipsis);

        // Spanish, Portuguese, German and French lists join the last two names with "y", "e", "und", "et": only after an initial's period, as
        // "Ramón y Cajal" is one family name.
        private static readonly Regex Separator = CitationRegex.Create(@"\s*[,，、·]\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+|(?<=\.)\s+(?:y|e|und|et)\s+(?=\p{Lu})|\s*&\s*|\s*;\s*(?:(?:and|&)\s+)?");

        // "Wang Lei (王磊)": the name in characters after its pinyin says the same name again; the pinyin is the author.
        private static readonly Regex NameInCharacters = CitationRegex.Create(@"\s*[(（][\p{IsCJKUnifiedIdeographs}·]{2,5}[)）]");

        // Co-first or equal-contribution marks after a name: "Jiao L.#", "Zhou Y†".
        private static readonly Regex ContributionMarks = CitationRegex.Create(@"[#†‡]+$");

        /// <param name="text">The author part of a citation.</param>
        /// <param name="yearFollows">Whether a year in parentheses follows the list (<c>Hooper A. (2008)</c>): a final period is then an initial's.</param>
        public static AuthorList Parse(string text, bool yearFollows = false)
        {
            if (OrganizationName.IsOrganization(text))
            {
                var name = OrganizationName.WithoutFullStop(text);
                return new AuthorList(new[] { new ParsedAuthor(name, string.Empty, false) }.ToEquatableArray(), false, true);
            }

            if (RunsIntoJournal(text))
            {
                return AuthorList.Failed(false);
            }

            var etAl = EtAl.Match(text);
            var truncated = etAl.Success;
            // "Yunjun Z., et al.": the period before the cut is an initial's, not the list's full stop.
            var periodBeforeCut = truncated && etAl.Index > 0 && text[etAl.Index - 1] == '.';
            if (truncated)
            {
                text = EtAl.Replace(text, string.Empty);
            }

            // APA's "A, B, ... & Z" lists the first authors and the last: the list is cut, the last author still read.
            if (Ellipsis.IsMatch(text))
            {
                truncated = true;
                text = Ellipsis.Replace(text, ", ");
            }

            // "Dini B., Title": a period with a comma after it is an initial's, never the list's full stop.
            var periodBeforeSeparator = text.TrimEnd().EndsWith(".,", System.StringComparison.Ordinal) || periodBeforeCut;
            var pieces = Split(text.Trim().TrimEnd(',', ';').Trim());
            if (pieces.Count == 0)
            {
                return AuthorList.Failed(truncated);
            }

            var authors = new List<ParsedAuthor>();
            var marks = new List<string>();
            var style = AuthorListStyle.Of(pieces);
            var allFamilyFirst = true;
            var i = 0;
            var shapes = new List<bool>();
            while (i < pieces.Count)
            {
                if (PersonName.IsSuffix(pieces[i].Text) && authors.Count > 0 && authors[authors.Count - 1].Suffix is null)
                {
                    authors[authors.Count - 1] = authors[authors.Count - 1] with { Suffix = PersonName.BareSuffix(pieces[i].Text) };
                    i++;
                    continue;
                }

                var consumed = AuthorShapes.TryRead(pieces, i, style, out var author, out var familyFirst);
                if (consumed == 0)
                {
                    return AuthorList.Failed(truncated);
                }

                authors.Add(author!);
                marks.Add(string.Concat(pieces.GetRange(i, consumed).ConvertAll(p => p.Mark)));
                shapes.Add(familyFirst);
                allFamilyFirst &= familyFirst;
                i += consumed;
            }

            if (EndsWithSentence(authors, shapes))
            {
                return AuthorList.Failed(truncated);
            }

            // Inverted lists typed with bare initials end the same way ("Owusu, K, Mensah, A, Boateng, E. Title"); one name alone
            // ("Smith, J. Title") leaves no other initials to judge its period by.
            if ((allFamilyFirst || authors.Count >= 2) && !periodBeforeSeparator && !yearFollows)
            {
                DropListFullStop(authors);
            }

            // The marks follow the given name as printed, once the list's full stop is judged without them.
            for (var k = 0; k < authors.Count; k++)
            {
                authors[k] = marks[k].Length == 0 ? authors[k] : authors[k] with { Given = authors[k].Given + marks[k] };
            }

            return new AuthorList(authors.ToEquatableArray(), truncated, true);
        }

        private static List<AuthorPiece> Split(string text)
        {
            var pieces = new List<AuthorPiece>();
            foreach (var raw in Separator.Split(text))
            {
                var value = NameInCharacters.Replace(raw, string.Empty).Trim();
                var corresponding = value.IndexOf('*') >= 0;
                value = value.Replace("*", string.Empty).Trim();
                var mark = ContributionMarks.Match(value).Value;
                value = value.Substring(0, value.Length - mark.Length).Trim();
                value = StripSentencePeriod(value);
                if (value.Length > 0)
                {
                    pieces.Add(new AuthorPiece(value, corresponding, mark));
                }
            }

            return pieces;
        }

        // Chicago and IEEE end the list with a period after a full word ("Xu Shi."); after an initial the period is the initial's.
        private static string StripSentencePeriod(string value)
        {
            if (!value.EndsWith(".", System.StringComparison.Ordinal))
            {
                return value;
            }

            var lastSpace = value.LastIndexOf(' ');
            var lastWord = value.Substring(lastSpace + 1);

            // "Zhen Li." ends a sentence; "Q. Li." or "Zhang, Ch." keeps an initial's period.
            // After dotted initials a capitalized word is the family name, and its period the list's: IEEE's "…, H. Hu. Title".
            var afterFullName = lastSpace > 0 && lastWord.Length == 3
                && (PersonName.IsFullGiven(value.Substring(0, lastSpace)) || char.IsLower(lastWord[1]) && DottedInitials(value.Substring(0, lastSpace)));
            // Springer's glued particle initial ("Santos, F.C.d.") is an initial's period too.
            return (PersonName.IsInitials(lastWord) && !afterFullName) || InitialsWithParticle.Is(lastWord) || PersonName.IsSuffix(lastWord) ? value : value.Substring(0, value.Length - 1);
        }

        /// <summary>
        /// Vancouver and GB/T print initials without periods and end the list with one: <c>Weldon RJ, Barbot S.</c>. That
        /// last period is the list's, not the initial's, when no other author's initials have one and the list is either
        /// all family name then initials or holds two names or more (<c>Owusu, K, Mensah, A, Boateng, E.</c>).
        /// </summary>
        private static void DropListFullStop(List<ParsedAuthor> authors)
        {
            var last = authors[authors.Count - 1];
            if (!last.Given.EndsWith(".", System.StringComparison.Ordinal) || last.Given.IndexOf('.') != last.Given.Length - 1 || last.Given.Length > 4)
            {
                return;
            }

            for (var i = 0; i < authors.Count - 1; i++)
            {
                if (authors[i].Given.IndexOf('.') >= 0 || !IsBareInitials(authors[i].Given))
                {
                    return;
                }
            }

            authors[authors.Count - 1] = last with { Given = last.Given.Substring(0, last.Given.Length - 1) };
        }

        /// <summary>
        /// Whether a Vancouver list (<c>Tseng G, Rolnick D, Kerner H.</c>) ran on into the title: after names printed
        /// family then bare initials, a last "name" with a period inside its given part (<c>Kerner H. Lightweight</c>) is
        /// the last author and the title's first word, not one name.
        /// </summary>
        private static bool EndsWithSentence(List<ParsedAuthor> authors, List<bool> familyFirst)
        {
            var last = authors.Count - 1;
            if (last < 1 || familyFirst[last] || authors[last].Given.IndexOf(". ", System.StringComparison.Ordinal) < 0 && !authors[last].Given.EndsWith(".", System.StringComparison.Ordinal))
            {
                return false;
            }

            for (var i = 0; i < last; i++)
            {
                if (!familyFirst[i] || !IsBareInitials(authors[i].Given))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool DottedInitials(string given) => given.EndsWith(".", System.StringComparison.Ordinal) && PersonName.IsInitials(given);

        private static bool IsBareInitials(string given)
        {
            for (var i = 0; i < given.Length; i++)
            {
                var c = given[i];
                // A Korean given name's second syllable may start lower case after its hyphen: "Kwon O-i".
                if (!char.IsUpper(c) && c is not (' ' or '-') && !(i > 0 && given[i - 1] == '-' && char.IsLower(c)))
                {
                    return false;
                }
            }

            return given.Length > 0;
        }

        /// <summary>
        /// Whether the text holds a journal's abbreviated word (<c>Dalton Trans.</c>, <c>K. J. Am.</c>, <c>Energy Environ.</c>):
        /// chemistry's styles print the journal right after the names, with no title between, and those words fit a name's shapes.
        /// </summary>
        private static bool RunsIntoJournal(string text)
        {
            foreach (var word in text.Split(' '))
            {
                if (JournalWords.IsListedAbbreviation(word.TrimEnd(',', ';', '*')))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool HasEllipsis(string text) => Literal.In(text, "...") || Literal.In(text, '…');
    }
}
