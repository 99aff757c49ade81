using System.Text.RegularExpressions;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// What a hand-edited page's Markdown and list formatting leave around a citation once it is read as plain text: a
    /// heading's <c>## </c> or a list's <c>(12) </c> and <c>#23 </c> before the names, half of a bold mark whose other half
    /// was lost in an edit (<c>Deng Q**, Zhou H</c>), and a link typed in angle brackets (<c>&lt;https://doi.org/…&gt;</c>).
    /// None is a field; left in, the mark before the names fails the whole author list.
    /// </summary>
    internal static class PageMarkup
    {
        // A heading's hashes, a number in parentheses (three digits at most: "(2021) " is a year) or after a hash.
        private static readonly Regex LeadingMark = CitationRegex.Create(@"^(?:#{1,6}\s+|\(\d{1,3}\)\s+|#\d{1,4}\.?\s+)(?=\S)");

        // Paired emphasis is taken out before; a doubled mark left is one half of a pair. A single '*' marks a corresponding author.
        private static readonly GuardedRegex UnpairedBold = new(
            CitationRegex.Create(@"\*\*|(?<=\p{L}\.?)__|__(?=\p{L})"),
            // Needs a doubled mark.
            text => Literal.In(text, "**") || Literal.In(text, "__"));

        // Markdown's and HTML's autolink: the brackets are no part of the link.
        private static readonly GuardedRegex AngleLink = new(
            CitationRegex.Create(@"<(?<link>(?:https?://|www\.)[^\s<>]+)>"),
            // Needs a link's opening bracket.
            text => Literal.In(text, "<http") || Literal.In(text, "<www"));

        public static string Remove(string text)
        {
            text = LeadingMark.Replace(text, string.Empty);
            text = UnpairedBold.Replace(text, string.Empty);
            return AngleLink.Replace(text, "${link}");
        }
    }
}
