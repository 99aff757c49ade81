using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// Cuts a citation into the tokens its volume/issue/pages part is made of. A period is a separator only before a
    /// space or the end, so <c>45.18</c>, <c>3.20–3.24</c> and <c>Geophys.</c> stay whole; a label glued to its value
    /// (<c>pp.44-51</c>, <c>p.e2020GL090206</c>) and a number glued to its issue (<c>45(18)</c>) are cut apart.
    /// </summary>
    internal static class SourceTokenizer
    {
        private const string Dash = "-–—‐−";

        // "8537–8551", "1583-602", "11,859–11,867", "3.20–3.24", "S12–S20", CNKI's "437~448", Cell Press's "3573-3587.e29" (its
        // supplemental pages); not an abstract number such as "C32B-0841".
        private static readonly Regex Range = CitationRegex.Create(
            @"^(?:[A-Za-z]{0,2}\d[\d,.]*|\d+[A-Za-z])\s*(?:[-–—‐−]{1,2}|~)\s*(?:[A-Za-z]{0,2}\d[\d,.]*[A-Za-z]?(?:\.e\d{1,3})?)$");

        // A meeting's abstract number that looks like a range: "SE08-A012" (AOGS; the two sides' letters differ),
        // "G004-0007" (AGU; a page never starts with 0).
        private static readonly Regex AbstractNumber = CitationRegex.Create(@"^(?<first>\p{Lu}{1,3})\d{2,3}\p{Lu}?[-–](?<second>\p{Lu}?)(?<number>\d{2,4})$");

        // "45", "5A", "e2020GL090206", and Google Scholar's supplements "15_suppl", "30.Supplement_5".
        private static readonly Regex Numberish = CitationRegex.Create(@"^(?=[^\s]*\d)[\p{L}\d][\p{L}\d_.\-–‐/]*$");

        // A supplement's number after an issue label, printed with a space: Chicago's "no. Supplement 1", "no. Suppl. 2".
        private static readonly Regex SupplementNumber = CitationRegex.Create(@"^(?:Supplement|Suppl|Supp)\.?\s+\d{1,3}(?![\d\p{L}])", RegexOptions.IgnoreCase);

        private static readonly Regex NameWithYear = CitationRegex.Create(@"^\p{Lu}\p{L}+(?:19|20)\d\d$");

        private static readonly Regex ThousandsRange = CitationRegex.Create(@"^\d{1,3}(?:,\d{3})+\s*[-–—‐]\s*\d{1,3}(?:,\d{3})+");

        private static readonly Regex SpacedDash = CitationRegex.Create(@"^\s+[-–—‐]\s*\d");

        private static readonly Regex GluedLabel = CitationRegex.Create(@"^(?<label>pp?\.|vol\.|no\.)(?<value>\S+)$", RegexOptions.IgnoreCase);

        private static readonly Regex GluedIssue = CitationRegex.Create(@"^(?<value>[\p{L}\d.\-–]*\d[\p{L}\d.\-–]*)(?<paren>\([^()]*\))$");

        private static readonly HashSet<string> Months = new(StringComparer.OrdinalIgnoreCase)
        {
            "Jan", "January", "Feb", "February", "Mar", "March", "Apr", "April", "May", "Jun", "June", "Jul", "July", "Aug", "August",
            "Sep", "Sept", "September", "Oct", "October", "Nov", "November", "Dec", "December", "Spring", "Summer", "Autumn", "Fall", "Winter",
        };

        public static List<SourceToken> Tokenize(string text)
        {
            var tokens = new List<SourceToken>();
            var separator = ' ';
            var i = 0;
            while (i < text.Length)
            {
                var c = text[i];
                if (char.IsWhiteSpace(c))
                {
                    i++;
                    continue;
                }

                if (c is ',' or ';' or ':' or '，' or '：' or '；' || (c is '.' or '．' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]) || text[i + 1] is ',' or ';' or ':' or '.')))
                {
                    separator = Normalize(c);
                    i++;
                    continue;
                }

                var start = i;
                string word;
                if (c is '(' or '（')
                {
                    var close = text.IndexOfAny(new[] { ')', '）' }, i + 1);
                    word = close < 0 ? text.Substring(i) : text.Substring(i, close - i + 1);
                }
                else
                {
                    var end = i;
                    while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not (',' or ';' or ':' or '，' or '：' or '；' or '(' or '（')
                        && !(text[end] is '.' or '．' && (end + 1 == text.Length || char.IsWhiteSpace(text[end + 1]) || text[end + 1] is ',' or ';' or ':' or '.')))
                    {
                        end++;
                    }

                    // A range with thousands separators, "11,859–11,867", is one token although it holds commas.
                    var thousands = ThousandsRange.Match(text.Substring(i));
                    if (thousands.Success)
                    {
                        end = i + thousands.Length;
                    }

                    // "Pages 1-7", "pp. 1 - 7": a range printed with spaces around its dash is one token.
                    var spaced = SpacedDash.Match(text.Substring(end));
                    if (spaced.Success && end > i && char.IsDigit(text[end - 1]))
                    {
                        var next = end + spaced.Length;
                        while (next < text.Length && (char.IsLetterOrDigit(text[next]) || Dash.IndexOf(text[next]) >= 0))
                        {
                            next++;
                        }

                        end = next;
                    }

                    word = text.Substring(i, Math.Max(1, end - i));
                    var supplement = tokens.Count > 0 && tokens[tokens.Count - 1].Kind == SourceTokenKind.IssueLabel ? SupplementNumber.Match(text.Substring(i)) : Match.Empty;
                    if (supplement.Success)
                    {
                        tokens.Add(new SourceToken(supplement.Value, SourceTokenKind.Number, separator, start));
                        i = start + supplement.Length;
                        separator = ' ';
                        continue;
                    }

                    // SSA's "no. Suppl., 13–24": the period abbreviates the supplement, printed as part of the issue like "Suppl. 5".
                    var abbreviatedSupplement = word == "Suppl" && tokens.Count > 0 && tokens[tokens.Count - 1].Kind == SourceTokenKind.IssueLabel;
                    if (end < text.Length && text[end] == '.' && word.Length > 0 && (abbreviatedSupplement || IsLabelWithPeriod(word + ".")))
                    {
                        word += ".";
                    }
                }

                i = start + word.Length;
                Add(tokens, word, separator, start);
                separator = ' ';
            }

            return tokens;
        }

        private static void Add(List<SourceToken> tokens, string word, char separator, int start)
        {
            var glued = GluedLabel.Match(word);
            if (glued.Success)
            {
                tokens.Add(new SourceToken(glued.Groups["label"].Value, Classify(glued.Groups["label"].Value), separator, start));
                Add(tokens, glued.Groups["value"].Value, ' ', start + glued.Groups["value"].Index);
                return;
            }

            var issue = GluedIssue.Match(word);
            if (issue.Success)
            {
                tokens.Add(new SourceToken(issue.Groups["value"].Value, Classify(issue.Groups["value"].Value), separator, start));
                tokens.Add(new SourceToken(issue.Groups["paren"].Value, SourceTokenKind.Parenthesized, ' ', start + issue.Groups["paren"].Index));
                return;
            }

            tokens.Add(new SourceToken(word, Classify(word), separator, start));
        }

        private static SourceTokenKind Classify(string word)
        {
            var bare = word.TrimEnd('.');
            if (word.StartsWith("(", StringComparison.Ordinal) || word.StartsWith("（", StringComparison.Ordinal))
            {
                return SourceTokenKind.Parenthesized;
            }

            switch (bare.ToLowerInvariant())
            {
                case "vol":
                // GSA's and the USGS's "v. 38, no. 6".
                case "v":
                case "volume":
                // ScienceDirect's double volume: "Volumes 259–260".
                case "volumes":
                case "vols":
                case "bd":
                    return SourceTokenKind.VolumeLabel;
                case "no":
                // Brazil's ABNT numbers an issue "n. 3" after "v. 72".
                case "n":
                // Spanish and Portuguese write the number with an ordinal sign: "nº 56", "n.º 3".
                case "nº":
                case "n.º":
                case "nº.":
                case "núm":
                case "issue":
                case "issues":
                case "iss":
                case "nr":
                case "number":
                // SSA's double issue: "493, nos. 3/4".
                case "nos":
                    return SourceTokenKind.IssueLabel;
                case "pp":
                case "p":
                case "pages":
                case "page":
                // German's "S. 45–52" (Seiten).
                case "s":
                    return SourceTokenKind.PagesLabel;
                case "art":
                case "article":
                case "paper":
                case "elocator":
                    return SourceTokenKind.ArticleLabel;
                case "part":
                // ScienceDirect's "Volume 95, Supplement 1": the supplement, named with its number, is the issue.
                case "supplement":
                    return SourceTokenKind.PartLabel;
            }

            // "Jul.–Aug.": a range of months dates a bimonthly issue.
            var dash = bare.IndexOfAny(Dash.ToCharArray());
            if (Months.Contains(bare) || (dash > 0 && Months.Contains(bare.Substring(0, dash).TrimEnd('.')) && Months.Contains(bare.Substring(dash + 1).TrimEnd('.'))))
            {
                return SourceTokenKind.Month;
            }

            if (Range.IsMatch(word) && !IsAbstractNumber(word))
            {
                return SourceTokenKind.Range;
            }

            // A meeting's name glued to its year ("MOF2021", "IGARSS2019", "Interspeech2020") is a name, not an article number.
            return (Numberish.IsMatch(word) && !NameWithYear.IsMatch(bare)) || bare is "Suppl" or "增刊" ? SourceTokenKind.Number : SourceTokenKind.Word;
        }

        private static bool IsAbstractNumber(string word)
        {
            var match = AbstractNumber.Match(word);
            return match.Success && (match.Groups["second"].Length > 0
                ? match.Groups["second"].Value != match.Groups["first"].Value.Substring(0, 1)
                : match.Groups["number"].Value[0] == '0');
        }

        private static bool IsLabelWithPeriod(string word) => Classify(word) is not (SourceTokenKind.Word or SourceTokenKind.Number or SourceTokenKind.Range);

        private static char Normalize(char separator) => separator switch
        {
            '，' => ',',
            '：' => ':',
            '；' => ';',
            '．' => '.',
            _ => separator,
        };
    }
}
