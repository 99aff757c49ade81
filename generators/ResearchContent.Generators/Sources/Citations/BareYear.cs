using System.Text.RegularExpressions;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// A year printed bare between the names and the title, as IOP's journals and some hand-typed lists print it:
    /// <c>Hartley, S.J. &amp; Ng, K. 2023 Stop calling it …</c>, <c>Wang T et al 2020 Space imaging geodesy …</c>. Put in
    /// parentheses, it reads as the author-year styles' year does; left bare, it starts the title.
    /// </summary>
    internal static class BareYear
    {
        // The names end with an initial or "et al"; the title starts with a capital, maybe after a dash set off by spaces
        // ("Petersen M.D., et al. 2020 — The 2018 update …"), which hand-typed lists use as the year's separator. A year
        // already in parentheses leaves the text alone.
        private static readonly GuardedRegex AfterNames = new(
            CitationRegex.Create(@"^(?<names>[^()]{2,300}?(?:(?<![\p{L}\-])\p{Lu}\.?|\bet\s+al\.?))\s+(?<year>(?:19|20)\d\d)[a-z]?(?:\s+[—–])?\s+(?=\p{Lu})"),
            // Needs a year's first digits.
            text => Literal.In(text, " 19") || Literal.In(text, " 20"));

        private static readonly Regex YearInParentheses = CitationRegex.Create(@"\((?:19|20)\d\d[a-z]?\)");

        public static string Parenthesize(string text) =>
            YearInParentheses.IsMatch(text) ? text : AfterNames.Replace(text, "${names} (${year}). ");
    }
}
