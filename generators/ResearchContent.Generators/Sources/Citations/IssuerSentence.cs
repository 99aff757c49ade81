using System;
using System.Text.RegularExpressions;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// A report named by the body that issued it, in a last sentence of its own: <c>Title. Jet Propulsion Laboratory,
    /// California Institute of Technology, Pasadena, CA.</c>, <c>Title. Pasadena, CA: Jet Propulsion Laboratory, California
    /// Institute of Technology.</c>, <c>Title. US Department of the Interior, US Geological Survey; 2016.</c> The issuer
    /// may be a body and the ones it belongs to; a place before its colon or after it, and the year, are no part of it.
    /// </summary>
    internal static class IssuerSentence
    {
        // "Pasadena, CA: ", "Boulder, CO: ", "Reston, VA: ".
        private static readonly Regex LeadingPlace = CitationRegex.Create(@"^\p{Lu}[\p{L}.\-]*(?:\s\p{Lu}[\p{L}.\-]*){0,2}(?:,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)?:\s+");

        // One word of capitals, digits and hyphens: "GMES-S1OP-EOPG-TN-13-0001", "ESA-EOPG-CSCOP-TN-0004".
        private static readonly Regex DocumentNumber = CitationRegex.Create(@"^(?=[^\s]*\d)(?=[^\s]*-)[\p{Lu}\d][\p{Lu}\d\-./]{5,}$");

        // "; 2016", ", 2012 Mar", "; 2012 Jun 1": the imprint's date.
        private static readonly Regex TrailingYear = CitationRegex.Create(@"[,;]\s*(?<year>(?:19|20)\d\d)(?:\s+\p{Lu}\p{Ll}{2}\.?(?:\s+\d{1,2})?)?$");

        public static bool TryRead(string body, out WorkShape shape)
        {
            shape = new WorkShape { Body = body };
            var text = body.Trim().TrimEnd('.').Trim();
            var year = TrailingYear.Match(text);
            var sentences = Sentences.Split(year.Success ? text.Substring(0, year.Index).Trim() : text);
            // A technical document's number after its issuer: "Sentinel-1 User Handbook. Paris: ESA. GMES-S1OP-EOPG-TN-13-0001."
            var number = sentences.Length >= 3 && DocumentNumber.IsMatch(sentences[sentences.Length - 1].Trim()) ? sentences[sentences.Length - 1].Trim() : null;
            var count = sentences.Length - (number is null ? 0 : 1);
            if (count < 2)
            {
                return false;
            }

            var last = LeadingPlace.Replace(sentences[count - 1].Trim(), string.Empty);
            if (last.Length == 0 || ContainsDigit(last))
            {
                return false;
            }

            // The issuing body, and the one it belongs to; then nothing but a place.
            var segments = last.Split(new[] { ", " }, StringSplitOptions.None);
            if (!ReportShape.IsIssuer(segments[0]) || !IsName(segments[0]) || WorkShapeReader.IsConference(segments[0]))
            {
                return false;
            }

            // A chain of bodies, each part of the next before it: "US Department of Agriculture, Forest Service, Rocky Mountain
            // Research Station; 2007."
            var issuer = 1;
            while (issuer < segments.Length && IsName(segments[issuer]) && (OrganizationName.IsOrganization(segments[issuer]) || ReportShape.IsIssuer(segments[issuer])))
            {
                issuer++;
            }

            for (var i = issuer; i < segments.Length; i++)
            {
                if (!IsPlace(segments[i]))
                {
                    return false;
                }
            }

            var title = string.Join(". ", sentences, 0, count - 1);
            shape = ReportShape.Issued(title, string.Join(", ", segments, 0, issuer), number, year.Success ? year.Groups["year"].Value : null);
            return true;
        }

        // OSTI glues a laboratory's acronym to its name: "National Renewable Energy Lab.(NREL)".
        private static readonly Regex GluedAcronym = CitationRegex.Create(@"(?<=\p{L}\.?)\(\p{Lu}[\p{Lu}\-]*\)$");

        /// <summary>A body's name: capitalized words and the words that join them ("NASA National Snow and Ice Data Center …").</summary>
        private static bool IsName(string segment) => Array.TrueForAll(GluedAcronym.Replace(segment.Trim(), string.Empty).Split(' '), JournalWords.IsNameWord);

        /// <summary>A place: up to three capitalized words, "Pasadena", "CA", "Reston, VA", "United States", OSTI's "CO (United States)".</summary>
        private static bool IsPlace(string segment)
        {
            var words = segment.Trim().Replace("(", string.Empty).Replace(")", string.Empty).Split(' ');
            return words.Length <= 3 && Array.TrueForAll(words, w => w.Length > 0 && char.IsUpper(w[0]));
        }

        private static bool ContainsDigit(string text)
        {
            foreach (var c in text)
            {
                if (char.IsDigit(c))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
