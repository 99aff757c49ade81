using System.Text.RegularExpressions;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// A thesis's label typed before the citation, as CV pages sort their lists: <c>M.S. Thesis — Ramirez, J. L., 2016,
    /// Title: Texas A&amp;M University, College Station.</c>, <c>MSc thesis, 2015 — Okafor E., Title, University of Port
    /// Harcourt</c>. It is moved where the thesis styles print it, before the university, and a year typed with it goes before
    /// the names, where a year typed first is read.
    /// </summary>
    internal static class ThesisLabelFirst
    {
        private static readonly Regex Label = CitationRegex.Create(
            @"^(?<label>(?:M\.?\s?S\.?c?\.?|MSc|MA|M\.?\s?A\.?|Ph\.?\s?D\.?|Master'?s?|Doctoral|Bachelor'?s?|B\.?\s?Sc?\.?)\s+(?:thesis|dissertation))(?:,\s*(?<year>(?:19|20)\d\d))?\s*(?::|\s[—–-])\s+(?=\S)",
            RegexOptions.IgnoreCase);

        // The university: the last part after a comma or colon that names one.
        private static readonly Regex UniversityPart = CitationRegex.Create(@"(?:,|:)\s+(?=[^,:]*(?:Univ|Universit|Institut|College|School|Polytechn|Politecnico|ETH\b|EPFL)[^,:]*(?:,[^,:]*)?\.?$)");

        public static string Move(string text)
        {
            var label = Label.Match(text);
            if (!label.Success)
            {
                return text;
            }

            var rest = text.Substring(label.Length);
            var university = UniversityPart.Match(rest);
            if (!university.Success)
            {
                return text;
            }

            var year = label.Groups["year"].Success ? label.Groups["year"].Value + ". " : string.Empty;
            return year + rest.Substring(0, university.Index).TrimEnd('.', ' ') + ". " + label.Groups["label"].Value + ", " + rest.Substring(university.Index + university.Length);
        }
    }
}
