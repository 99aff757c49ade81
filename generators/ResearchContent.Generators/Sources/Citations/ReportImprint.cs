using System.Text.RegularExpressions;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// A report's issuer printed as the imprint after its number, whatever the issuer's name says (so also a body not named
    /// in English): Frontiers' "Technical Report 2018-07. Mexico City: Comisión Nacional del Agua." (place, colon, body) and
    /// Springer's "Report 2014/03, Sächsisches Landesamt für Umwelt, Landwirtschaft und Geologie, Dresden" (body, then the
    /// place as the last comma part). The place goes nowhere.
    /// </summary>
    internal static class ReportImprint
    {
        // ". Place: Body." — a place of up to four capitalized words (with a state or country after a comma), then the body.
        private static readonly Regex PlaceThenBody = CitationRegex.Create(
            @"^\s*\.?\s+\p{Lu}[\p{L}.\-]*(?:\s\p{Lu}[\p{L}.\-]*){0,3}(?:,\s\p{Lu}[\p{L}.\-]*(?:\s\p{Lu}[\p{L}.\-]*){0,2})?:\s(?<body>\p{Lu}[^.:;\d]*?)\.?\s*$");

        // ", Body, Place" — the body (commas allowed inside it) and a one- or two-word place ending the citation.
        private static readonly Regex BodyThenPlace = CitationRegex.Create(
            @"^\s*,\s(?<body>\p{Lu}[^.:;\d]*?),\s\p{Lu}[\p{L}\-]*(?:\s\p{Lu}[\p{L}\-]*)?\.?\s*$");

        /// <summary>The issuer printed in the imprint that ends the citation after a report's number, or null.</summary>
        public static string? Issuer(string after)
        {
            var match = PlaceThenBody.Match(after);
            if (!match.Success)
            {
                match = BodyThenPlace.Match(after);
            }

            return match.Success ? match.Groups["body"].Value.Trim() : null;
        }
    }
}
