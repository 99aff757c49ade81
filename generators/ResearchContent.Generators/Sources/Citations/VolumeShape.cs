using System.Linq;
using System.Text.RegularExpressions;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// Whether a number where a volume goes can be one. Volumes are short: a number of five or more digits, or one with
    /// letters in it, is an article number; but ISPRS numbers its volumes with a Roman numeral and the part and workshop
    /// after it ("XLI-B4", "IV-2/W5", "XLIII-B3-2022"), and a supplement is a volume of its own ("Suppl", "增刊").
    /// </summary>
    internal static class VolumeShape
    {
        private static readonly Regex IsprsVolume = CitationRegex.Create(@"^[IVXL]{1,6}-(?:[A-Z]\d{0,2}|\d{1,2})(?:[/\-](?:[A-Z]{1,2}\d{0,2}|\d{1,4}))*$");

        /// <summary>MLA's volume, a full stop and a double issue in one token ("62.3-4"); not pages with full stops ("3.20–3.24").</summary>
        public static bool IsVolumeAndIssueRange(string text)
        {
            var dot = text.IndexOf('.');
            return dot > 0 && dot <= 4 && text.LastIndexOf('.') == dot && text.Length - dot <= 8 && text.Substring(0, dot).All(char.IsDigit);
        }

        public static bool CanBe(string text)
        {
            if (IsprsVolume.IsMatch(text))
            {
                return true;
            }

            var digits = 0;
            foreach (var c in text)
            {
                if (c is '.' or '/')
                {
                    break;
                }

                digits += char.IsDigit(c) ? 1 : 0;
            }

            return digits <= 4 && (char.IsDigit(text[0]) || text.IndexOf('.') > 0) && !SourceDetailsParser.IsYear(text) || text is "Suppl" or "增刊";
        }
    }
}
