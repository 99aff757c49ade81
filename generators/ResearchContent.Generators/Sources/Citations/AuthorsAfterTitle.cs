using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// Lab pages that list a person's papers often put the authors after the title (<c>Title. L. Ferreira and R. Costa.
    /// Journal 27(4):812-825, 2021.</c>, <c>“Title”, by Ivanova A., Petrov S. – Journal 148 (2020) 107876</c>) or lead
    /// with the journal (<c>Nature Communications 11:4512 (2020). Ferreira L, Costa R. Title.</c>). Every layout rule
    /// looks for the authors at the start, so such a citation is read only when the author list is moved there:
    /// before the title, and before a journal that came first.
    /// </summary>
    internal static class AuthorsAfterTitle
    {
        // Where an author list may start: after a full stop (not an initial's, which is inside a list, and maybe inside a
        // title's closing quote), ", by", a colon or a dash between fields.
        private static readonly Regex Start = CitationRegex.Create(@"(?:(?<!(?:^|[\s,.\-])\p{Lu})\.[""”’]?|,\s*by|:|\s[–—])\s+(?=\p{Lu})");

        // Where it may end: at a full stop (kept, as it may be an initial's), a dash between fields, or the end.
        // A chapter's authors may end at its book's ", in".
        private static readonly Regex End = CitationRegex.Create(@"\.(?=\s)|\s[–—]\s|,(?=\s+[Ii]n\s)|$");

        // An author list of a lab page has initials ("L.", "MA", "J-W"): without one, a run of capitalized words is a
        // journal or a title, which the name shapes may also accept ("Global Change Biology").
        private static readonly Regex Initial = CitationRegex.Create(@"(?:^|[\s,])\p{Lu}{1,3}(?:[.\-,]|\s|$)");

        // An edited book opens with its editors ("Tan, L., & Ho, C. (Eds.). (2021). Book. CRC Press."): it has no authors
        // anywhere, and a publisher after the title ("CRC Press") only looks like a name with initials.
        private static readonly Regex EditorsFirst = CitationRegex.Create(@"^[^()]{1,300}?\s\((?:Eds?|eds?)\.?\)[.,]?\s");

        private static readonly Regex PublishedIn = CitationRegex.Create(@"^Published\s+in\s+", RegexOptions.IgnoreCase);

        // What came first starts with a journal and its numbers ("Geomorphology, 268: 121–132 (2016)."), maybe with the
        // title after it: the journal goes last, where the source is looked for.
        private static readonly Regex LeadingSource = CitationRegex.Create(@"^(?<source>[^“""]*?\d\)?)\.(?:\s+(?<title>.*))?$");

        /// <summary>The citation with an author list found after its start moved to the front, or <see langword="null"/>.</summary>
        public static string? Reorder(string text)
        {
            if (EditorsFirst.IsMatch(text))
            {
                return null;
            }

            text = PublishedIn.Replace(text, string.Empty);
            var ends = new List<int>();
            foreach (Match end in End.Matches(text))
            {
                ends.Add(end.Index);
            }

            foreach (Match start in Start.Matches(text))
            {
                var from = start.Index + start.Length;
                string? best = null;
                var bestEnd = -1;
                foreach (var to in ends)
                {
                    if (to <= from)
                    {
                        continue;
                    }

                    var candidate = text.Substring(from, to - from + (to < text.Length && text[to] == '.' ? 1 : 0)).Trim();
                    if (Initial.IsMatch(candidate) && AuthorListParser.Parse(candidate) is { Success: true } list && list.Authors.Count > 0)
                    {
                        (best, bestEnd) = (candidate, to);
                    }
                }

                if (best is null)
                {
                    continue;
                }

                var before = Trim(text.Substring(0, start.Index + (text[start.Index] == '.' ? start.Value.TrimEnd().Length : 0)));
                var after = Trim(text.Substring(System.Math.Min(text.Length, bestEnd + 1)));
                if (before.Length == 0)
                {
                    return null;
                }

                var source = LeadingSource.Match(before + (before.EndsWith(".", System.StringComparison.Ordinal) ? string.Empty : "."));
                var rest = source.Success && !Regex.IsMatch(after, @"\d", RegexOptions.None, System.TimeSpan.FromSeconds(1))
                    ? Join(Join(source.Groups["title"].Value.Trim(), after), source.Groups["source"].Value)
                    : Join(before, after);
                return best.TrimEnd(',', ' ') + (best.EndsWith(".", System.StringComparison.Ordinal) ? " " : ". ") + rest;
            }

            return null;
        }

        private static string Trim(string part) => part.Trim().Trim('–', '—', ',', ':', ';', ' ');

        private static string Join(string first, string second) =>
            second.Length == 0 ? first : first.Length == 0 ? second : first.TrimEnd('.') + ". " + second;
    }
}
