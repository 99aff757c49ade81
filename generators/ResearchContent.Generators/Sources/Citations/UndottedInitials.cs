using System.Text.RegularExpressions;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// Initials Google Scholar prints without their full stops after a given name written out, in its MLA and Chicago
    /// exports: <c>Van Dijk, Albert IJM</c>, <c>Richard AM de Jeu</c>. Only after a given name: alone, two or three capitals
    /// may be a family name printed in capitals.
    /// </summary>
    internal static class UndottedInitials
    {
        private static readonly Regex Capitals = CitationRegex.Create(@"^\p{Lu}{2,3}$");

        /// <summary>Whether a word after a given name is its initials.</summary>
        public static bool AfterGivenName(string word) => Capitals.IsMatch(word);
    }
}
