using System;
using System.Linq;
using System.Text.RegularExpressions;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// Finds the <see cref="CitationLayout"/> of a citation, trying in turn: the page's own title found in the text
    /// (what comes before it is authors and year, what comes after is the source), a quoted title (IEEE, MLA,
    /// Chicago), a year right after the authors (AGU, APA, Harvard, Frontiers, Science China), and last the longest
    /// start of the text that reads as an author list (Springer, Elsevier, Oxford, SSA, MDPI, Vancouver), and failing all, a
    /// journal's abbreviated name opening the text (ACS's and the RSC's "Cite this:" line, which has no authors).
    /// </summary>
    internal static class CitationLayoutFinder
    {
        // Author lists run to a few hundred characters; looking further only costs time on text that is no citation.
        private const int MaxAuthorsLength = 2000;

        private const int MaxCandidates = 120;

        private static readonly Regex TrailingYear = CitationRegex.Create(@"(?<separator>[\s,.]+)\(?(?<year>\d{4})[a-z]?(?:,\s*[A-Za-z]+)?\)?[\s.,:]*$");

        // "(2018)", "(2019a)", "(2022, July)", "(in press)" after the authors, with the separator that follows.
        private static readonly Regex ParenthesizedYear = CitationRegex.Create(
            @"\s*\((?:(?<year>\d{4})[a-z]?(?:[,;][^)]*)?|in\s+press|n\.\s?d\.|forthcoming|accepted)\)\s*[.,:]?\s*",
            RegexOptions.IgnoreCase);

        // Harvard's ", 2018." and Science China's ". 2023." between authors and title, and the AMS journals' ", 2019: ".
        // And a year between semicolons where every field is one: "Miao, R.; 2019; Mobility, thickness, …". A status may follow
        // the year in parentheses ("2026 (Accepted). Title"); the cleaner reads it as the note.
        private static readonly Regex SeparatedYear = CitationRegex.Create(
            @"(?:,|(?<=\S)\.)?\s(?<year>\d{4})[a-z]?(?:,\s*[A-Z][a-z]+)?(?:\s\((?:[Aa]ccepted|[Ii]n\spress|[Ss]ubmitted)\))?(?:\.|:|,(?=\s+['‘\p{Lu}]))\s+|;\s(?<year>\d{4})[a-z]?;\s+");

        // "(eds)", "(Eds.)", "(ed.)", SSA's "(Editors)" after the names: they edited the whole work.
        private static readonly Regex EditorMark = CitationRegex.Create(@"\s*\((?:eds?|Eds?|Editors?)\.?\)\.?$|,\s(?:eds|Eds)\.$");

        public static bool TryFind(string text, string? titleHint, out CitationLayout layout)
        {
            return (titleHint is { Length: > 0 } && TryAnchor(text, titleHint, out layout))
                || TryQuoted(text, out layout)
                || TryYearLandmark(text, out layout)
                || TryAuthorScan(text, out layout)
                || TryJournalFirst(text, out layout);
        }

        // ACS's and the RSC's "Cite this:" line, the label taken out: "J. Am. Chem. Soc. 2021, 143, 12, 4567–4575",
        // "Chem. Sci., 2021, 12, 4567". A journal's abbreviated name, then a year and numbers: no authors, no title.
        private static readonly Regex JournalThenYear = CitationRegex.Create(
            @"^(?<journal>(?:\p{Lu}[\p{L}]*\.?\s){0,6}\p{Lu}[\p{L}]*\.?),?\s(?:19|20)\d\d[a-z]?,\s*\d");

        private static bool TryJournalFirst(string text, out CitationLayout layout)
        {
            layout = default;
            var match = JournalThenYear.Match(text);
            if (!match.Success || !match.Groups["journal"].Value.Split(' ').Any(JournalWords.IsListedAbbreviation))
            {
                return false;
            }

            layout = new CitationLayout(string.Empty, null, null, text);
            return true;
        }

        private static string NextWord(string text, int start)
        {
            var end = text.IndexOf(' ', start);
            return end < 0 ? text.Substring(start) : text.Substring(start, end - start);
        }

        private static bool TryAnchor(string text, string title, out CitationLayout layout)
        {
            layout = default;
            if (!TitleAnchor.TryFind(text, title, out var start, out var end))
            {
                return false;
            }

            var before = text.Substring(0, start).TrimEnd();
            var quote = before.Length > 0 && before[before.Length - 1] is '"' or '“' or '„';
            before = quote ? before.Substring(0, before.Length - 1) : before;
            var (authors, year) = SplitYear(before);
            var after = text.Substring(end).TrimStart('"', '”', '.', ',', ';', ':', ' ');
            layout = new CitationLayout(authors, year, text.Substring(start, end - start), after);
            return true;
        }

        private static bool TryQuoted(string text, out CitationLayout layout)
        {
            layout = default;
            var open = QuotedTitle.IndexOfOpening(text);
            if (open <= 0 || !QuotedTitle.TrySplit(text.Substring(open), out var title, out var rest))
            {
                return false;
            }

            // Quotes closed before a lower-case word mark a word inside the title, not the title: "\"Green\" bonds or greenwashing?".
            // A quoted title ends in its separator or is followed by one.
            var afterQuote = text.Substring(open + title.Length + 2);
            if (afterQuote.Length > 1 && afterQuote[0] == ' ' && char.IsLower(afterQuote[1]) && title.Length > 0 && char.IsLetterOrDigit(title[title.Length - 1]))
            {
                return false;
            }

            var (authors, year) = SplitYear(text.Substring(0, open).TrimEnd());
            if (!AuthorListParser.Parse(authors).Success)
            {
                return false;
            }

            layout = new CitationLayout(authors, year, title, rest);
            return true;
        }

        private static bool TryYearLandmark(string text, out CitationLayout layout)
        {
            layout = default;
            foreach (var pattern in new[] { ParenthesizedYear, SeparatedYear })
            {
                for (var match = pattern.Match(text); match.Success && match.Index <= MaxAuthorsLength; match = match.NextMatch())
                {
                    // A citation that opens with its year has no authors to read, but its layout is still clear.
                    // "Van Dissen, R. 2019, Title": the period before a separated year is the initial's; the list decides.
                    var authors = text.Substring(0, match.Index).Trim() + (text[match.Index] == '.' ? "." : string.Empty);
                    var byEditors = EditorMark.IsMatch(authors);
                    authors = byEditors ? EditorMark.Replace(authors, string.Empty) : authors;
                    if (authors.Length == 0 || AuthorListParser.Parse(authors).Success)
                    {
                        layout = new CitationLayout(authors, YearOf(match), null, text.Substring(match.Index + match.Length)) { ByEditors = byEditors, YearInParentheses = pattern == ParenthesizedYear };
                        return true;
                    }
                }
            }

            return false;
        }

        // A list of initials before family names, closed by a colon after the last one: "Y. Tanaka and K. Sato: Title",
        // "J.-P. Avouac, K. Chen: Title". Both ends are a name's, so the colon is not a title's own.
        private static readonly Regex GivenFirstBeforeColon = CitationRegex.Create(@"^\p{Lu}\.(?:-?\p{Lu}\.)*\s\p{Lu}.*\s\p{Lu}\.(?:-?\p{Lu}\.)*\s\p{Lu}[\p{Ll}'’\-]+$");

        /// <summary>The longest start of the text, ending at a separator, that reads as a whole author list.</summary>
        private static bool TryAuthorScan(string text, out CitationLayout layout)
        {
            layout = default;
            var best = -1;
            var candidates = 0;
            var oxfordBook = PublisherSegment.EndsWithOxfordImprint(text);
            for (var i = 1; i < Math.Min(text.Length - 1, MaxAuthorsLength) && candidates < MaxCandidates; i++)
            {
                if (text[i + 1] != ' ' || text[i] is not ('.' or ',' or ';' or ':' or '*'))
                {
                    continue;
                }

                // "Chen Q.-F.* Title": a corresponding author's mark after an initial ends the list with it.
                if (text[i] == '*' && text[i - 1] != '.')
                {
                    continue;
                }

                // Elsevier's chapter names its title before its book's editors: "Lisa M. Gordon, Linguistic Relativity, Editor(s): …",
                // and IEEE's book its title before its edition: "S. Haykin, Neural Networks and Learning Machines, 3rd ed.".
                if (string.CompareOrdinal(text, i + 2, "Editor(s)", 0, 9) == 0 || text[i] == ',' && EditionMark.Follows(text, i))
                {
                    continue;
                }

                // "Tanaka, K. J. Am. Chem. Soc. 2020": ISO 4's "J." (or "Z.") after an initial, before a journal's abbreviated word, is the
                // journal's own first word (Journal, Zeitschrift), not a second initial.
                if (text[i] == '.' && i >= 4 && text[i - 1] is 'J' or 'Z' && text[i - 2] == ' ' && text[i - 3] == '.'
                    && JournalWords.IsListedAbbreviation(NextWord(text, i + 2)))
                {
                    continue;
                }

                // A period ends the list with it, as it may be an initial's; a comma or semicolon ends it before.
                candidates++;
                var candidate = text.Substring(0, text[i] is '.' or '*' ? i + 1 : i).Trim();
                // A colon ends a list only after an initial ("Gernhardt S.: Title", "Wang T: Title", "Wang T.*: Title", marks
                // and all) or, in a list of full names, a full name ("Lichao Mou, Pedram Ghamisi: Title"); elsewhere it is a
                // title's own ("Robinson J.A., Why Nations Fail: The Origins …").
                var name = i;
                while (text[i] == ':' && name > 1 && text[name - 1] is '*' or '#' or '†')
                {
                    name--;
                }

                // After a name in characters too ("张伟, Smith J, 李娜: Carbon …"): no title's word ends so before its colon.
                var afterName = text[i] == ':' && text[name - 1] != '.' && !EndsWithBareInitials(text, name) && !Primitives.HanCharacters.Is(text[name - 1]);
                var afterGivenFirst = afterName && GivenFirstBeforeColon.IsMatch(candidate);
                // Oxford Academic's book prints no colon after its authors: "Kurt Lambeck, Geophysical Geodesy: The Slow …".
                if (afterName && (oxfordBook || !afterGivenFirst && !EndsWithFullName(text, i)))
                {
                    continue;
                }

                var list = AuthorListParser.Parse(candidate);
                if (list.Success && (!afterName || afterGivenFirst || list.Authors.All(a => HasFullGivenName(a.Given))))
                {
                    best = i;
                    // SSA's GeoScienceWorld line closes its given-first names with a semicolon: "Jeanne L. Hardebeck; Aftershock
                    // Forecasting. Annual Review …". What follows is the title, however much it reads like another name.
                    if (text[i] == ';' && IsGivenFirstList(candidate))
                    {
                        break;
                    }
                }
            }

            if (best < 0)
            {
                return false;
            }

            var authors = text.Substring(0, text[best] is '.' or '*' ? best + 1 : best).Trim();
            layout = new CitationLayout(authors, null, null, text.Substring(best + 1).Trim());
            return true;
        }

        // "W. L. Ellsworth", "J.-P. Avouac": initials before the family name.
        private static readonly Regex InitialsFirst = CitationRegex.Create(@"^(?:\p{Lu}\.[\s\-]?)+\s?\p{Lu}[\p{L}'’‐\-]+(?:\s\p{Lu}[\p{L}'’‐\-]+)?$");

        /// <summary>Whether every name of a comma-separated list is printed given name first, and no semicolon separates them.</summary>
        private static bool IsGivenFirstList(string candidate) =>
            candidate.IndexOf(';') < 0
            && candidate.Split(new[] { ", " }, StringSplitOptions.None).All(name => InitialsFirst.IsMatch(name) || PersonName.HasFullGivenFirst(name));

        /// <summary>Whether the word before <paramref name="end"/> is one or two capitals after a space: <c>Wang T</c>, <c>Li ZW</c>.</summary>
        private static bool EndsWithBareInitials(string text, int end)
        {
            var start = end;
            while (start > 0 && char.IsUpper(text[start - 1]))
            {
                start--;
            }

            return end - start is 1 or 2 && start > 0 && text[start - 1] == ' ';
        }

        /// <summary>
        /// Whether the colon at <paramref name="end"/> follows a whole name after a comma, as dblp prints its lists
        /// (<c>Lichao Mou, Pedram Ghamisi, Xiao Xiang Zhu: Title</c>, <c>Leinss, Silvan: Title</c>).
        /// </summary>
        private static bool EndsWithFullName(string text, int end)
        {
            var comma = text.LastIndexOf(", ", end, StringComparison.Ordinal);
            if (comma < 0)
            {
                return false;
            }

            var words = text.Substring(comma + 2, end - comma - 2).Split(' ');
            return (words.Length <= 3 && Array.TrueForAll(words, w => w.Length > 1 && char.IsUpper(w[0]) && w.Substring(1).All(char.IsLower)))
                || CapitalFamilyName.TrySplit(string.Join(" ", words), 2, out _, out _);
        }

        // "Pedram", "Yong-Sheng", "Yi"; not "J.A." or "T".
        private static bool HasFullGivenName(string given) => given.Split(' ').Any(word => word.Length > 1 && word.Any(char.IsLower));

        /// <summary>The year of the first parenthesized year anywhere in the text, or <see langword="null"/>.</summary>
        public static int? AnyParenthesizedYear(string text)
        {
            var match = ParenthesizedYear.Match(text);
            return match.Success ? YearOf(match) : null;
        }

        /// <summary>Splits a year printed at the end of the author part: <c>Zhang, Q. (2021)</c>, <c>Liu R, Wang T. 2023.</c>.</summary>
        private static (string Authors, int? Year) SplitYear(string before)
        {
            var match = TrailingYear.Match(before);
            if (!match.Success)
            {
                // A comma stays: after "Dini B." it says the period is the initial's, not the list's end.
                return (before.Trim().TrimEnd(';').Trim(), null);
            }

            // "Gong, J. (2021)": the period before the year is the initial's, and stays with the authors.
            var authors = before.Substring(0, match.Index).Trim();
            if (match.Groups["separator"].Value.StartsWith(".", StringComparison.Ordinal))
            {
                authors += ".";
            }

            return (authors, DecimalNumber.Parse(match.Groups["year"].Value));
        }

        private static int? YearOf(Match match)
        {
            var group = match.Groups["year"];
            if (!group.Success)
            {
                return null;
            }

            var value = DecimalNumber.Parse(group.Value);
            return value is >= 1500 and <= 2100 ? value : null;
        }
    }
}
