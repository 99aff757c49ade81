using System.Text.RegularExpressions;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// Wiley Online Library's "Cite" prints an Early View paper's missing volume, issue and pages as "n/a":
    /// <c>Journal of Applied Ecology, n/a(n/a).</c>, <c>…, n/a(n/a), n/a–n/a.</c> They hold nothing, and left in place they
    /// end the journal's name.
    /// </summary>
    internal static class EarlyViewPlaceholder
    {
        private static readonly GuardedRegex Placeholder = new(
            CitationRegex.Create(@",\s*n/a\s*(?:\(\s*n/a\s*\))?(?:,\s*n/a(?:\s*[–\-]\s*n/a)?)?(?=[.,;]|\s|$)", RegexOptions.IgnoreCase),
            // Needs the "n/a" itself.
            text => Literal.AnyInAnyCase(text, "n/a"));

        public static string Remove(string text) => Placeholder.Replace(text, string.Empty);
    }
}
