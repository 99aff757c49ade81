using System.Text.RegularExpressions;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// Serials that publish conferences' papers under a journal's name and numbering, which ScienceDirect exports like
    /// any journal: Elsevier's Procedia titles (<c>Procedia Computer Science</c>, <c>Energy Procedia</c>, <c>Procedia
    /// CIRP</c>) and IFAC's <c>IFAC-PapersOnLine</c>. Their name says no meeting, but every paper in them is one's.
    /// </summary>
    internal static class ProceedingsSerial
    {
        private static readonly Regex Name = CitationRegex.Create(@"^(?:Procedia\b.*|[\p{L} ]+\sProcedia|IFAC[- ]Papers\s?On[Ll]ine)$");

        public static bool Is(string container) => Name.IsMatch(container.Trim());
    }
}
