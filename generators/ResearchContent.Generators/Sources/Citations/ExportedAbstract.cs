using System.Text.RegularExpressions;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// ScienceDirect's "Export citation" with the abstract appends it and the keywords after the citation:
    /// <c>…, https://doi.org/10.…. (https://www.sciencedirect.com/…) Abstract: Groundwater … Keywords: InSAR; Groundwater</c>.
    /// Neither is a field of ours, and the abstract's sentences would read as the source.
    /// </summary>
    internal static class ExportedAbstract
    {
        // Only after a link or a DOI, where the export puts them; a title that says "Abstract:" keeps it.
        private static readonly GuardedRegex Tail = new(
            CitationRegex.Create(@"(?<=(?:\)|\b10\.\d{4,9}/\S+)\.?)\s+(?:Abstract|Keywords)\s*:\s.*$", RegexOptions.Singleline),
            // Needs the label's colon.
            text => Literal.AnyInAnyCase(text, "abstract:", "abstract :", "keywords:", "keywords :"));

        public static string Remove(string text) => Tail.Replace(text, string.Empty);
    }
}
