using System.Text.RegularExpressions;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// Wiley-VCH's chapter prints no title and no comma between its authors and the book: <c>T. Ishida, M. Haruta in
    /// Nanocatalysis (Eds.: U. Heiz, U. Landman), Springer, Berlin, 2007, pp. 245–262.</c> The book's editors in
    /// "(Eds.: …)" are what mark the "in" as the chapter's; a comma goes back before it, so that the author list ends there
    /// and the chapter reads as the other styles' "…, in Book (Eds.), …".
    /// </summary>
    internal static class InBeforeEditedBook
    {
        // The last author's family name (a letter before the space), "in", then the book up to its editors' "(Eds.: ".
        private static readonly GuardedRegex InAfterNames = new(
            CitationRegex.Create(@"(?<=\p{L})\s+in\s+(?=\p{Lu}[^()]{0,200}\s\(Eds?\.:\s)"),
            text => Literal.In(text, "(Ed"));

        public static string Separate(string text) => InAfterNames.Replace(text, ", in ");
    }
}
