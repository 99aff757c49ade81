using System.Text.RegularExpressions;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// Brazil's ABNT and Portuguese lists keep a particle among the initials of an inverted name: <c>Oliveira, T. de A.</c>,
    /// <c>ROCHA, A. M. da</c>. The initials and the particle together are the given part, as printed. Springer abbreviates the
    /// particle to its lower-case initial, glued to the others: <c>Santos, F.C.d.</c> ("dos"), <c>Berg, J.v.d.</c>.
    /// </summary>
    internal static class InitialsWithParticle
    {
        private static readonly Regex Shape = CitationRegex.Create(@"^" + PersonName.Initials + @"\s(?:de|da|do|dos|das)(?:\s" + PersonName.Initials + ")?$" + @"|^(?:\p{Lu}\.)+(?:[dv]\.){1,2}$");

        public static bool Is(string text) => Shape.IsMatch(text);
    }
}
