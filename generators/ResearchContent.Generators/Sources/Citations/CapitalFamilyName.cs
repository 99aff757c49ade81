using System.Text.RegularExpressions;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// A family name in capitals before a given name written out: <c>ZHAO Lina</c>, <c>GRANDIN Raphaël</c>, as Chinese
    /// and French lists print them. Two capitals alone (<c>HE Yuan</c>) could be initials, so they count only in a list
    /// that prints other family names this way.
    /// </summary>
    internal static class CapitalFamilyName
    {
        private static readonly Regex Shape = CitationRegex.Create(@"^(?<family>\p{Lu}[\p{Lu}\-'’]+)\s(?<given>\p{Lu}\p{Ll}+(?:[\-\s]\p{Lu}?\p{Ll}+)?)$");

        public static bool TrySplit(string text, int minimumFamilyLetters, out string family, out string given)
        {
            var match = Shape.Match(text.Trim());
            family = match.Groups["family"].Value;
            given = match.Groups["given"].Value;
            return match.Success && family.Length >= minimumFamilyLetters;
        }
    }
}
