using System.Globalization;

namespace ResearchContent.Generators.Parsing
{
    /// <summary>
    /// Finds the publication year in a citation: a parenthesized year as AGU and APA write it, else the last
    /// free-standing year, where IEEE and Chicago put it.
    /// </summary>
    internal static class CitationYear
    {
        public static int? Find(string citation)
        {
            int? last = null;
            for (var i = 0; i + 4 <= citation.Length; i++)
            {
                if (!IsYearAt(citation, i))
                {
                    continue;
                }

                var year = int.Parse(citation.Substring(i, 4), CultureInfo.InvariantCulture);
                if (i > 0 && citation[i - 1] == '(' && i + 4 < citation.Length && citation[i + 4] is ')' or 'a' or 'b' or 'c')
                {
                    return year;
                }

                last = year;
                i += 3;
            }

            return last;
        }

        private static bool IsYearAt(string text, int i)
        {
            if (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '-' or '–' or '/' or '.'))
            {
                return false;
            }

            if (!(text[i] is '1' or '2') || !char.IsDigit(text[i + 1]) || !char.IsDigit(text[i + 2]) || !char.IsDigit(text[i + 3]))
            {
                return false;
            }

            var next = i + 4 < text.Length ? text[i + 4] : ' ';
            var prefix = text.Substring(i, 2);
            return (prefix is "19" or "20") && !char.IsDigit(next) && next is not '-' and not '–';
        }
    }
}
