using System.Globalization;
using System.Text;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Sources.Page.Entries
{
    /// <summary>
    /// Reads a label such as <c>2021-#3</c>: the year, then the number within the year, which may follow a series
    /// letter (<c>2023-#C1</c>, <c>2024-C1</c>); the label keeps the letter, the number is the digits.
    /// </summary>
    internal static class LabelReader
    {
        // A series letter or two (C for conference papers, J for journal articles, BC for book chapters).
        private const int MostSeriesLetters = 2;

        public static bool TryRead(string text, out int year, out int number)
        {
            year = 0;
            number = 0;
            if (text.Length < 6 || !AllDigits(text, 0, 4) || text[4] != '-')
            {
                return false;
            }

            // Pages that number each kind apart put the kind's letter before the number: 2023-#C1, 2023-#J4, and, as
            // the letter already says the rest is a number, 2024-C1.
            var start = text[5] == '#' ? 6 : 5;
            var digits = start;
            while (digits < text.Length && digits < start + MostSeriesLetters && text[digits] is >= 'A' and <= 'Z')
            {
                digits++;
            }

            // "2021-3", with neither '#' nor a letter, is a label written wrong (RC1002), not a number of its own.
            if (digits == 5)
            {
                return false;
            }

            if (!AllDigits(text, digits, text.Length - digits))
            {
                return false;
            }

            year = DecimalNumber.Parse(text.Substring(0, 4));
            return int.TryParse(text.Substring(digits), NumberStyles.None, CultureInfo.InvariantCulture, out number);
        }

        /// <summary>
        /// The label in its one written form: full-width digits and signs typed with a Chinese input method
        /// (<c>2021-＃1</c>) as ASCII, a dash typed as an en dash as <c>-</c>, and the spaces some writers put around
        /// the signs (<c>2022 - #3</c>) dropped. Anything else is left for <see cref="TryRead"/> to refuse.
        /// </summary>
        public static string Canonical(string text)
        {
            var builder = new StringBuilder(text.Length);
            foreach (var c in UnicodeNormalization.Normalize(text, NormalizationForm.FormKC))
            {
                if (c is ' ' or '\u00A0' or '\t')
                {
                    continue;
                }

                builder.Append(c is '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' ? '-' : c);
            }

            return builder.ToString();
        }

        /// <summary>
        /// Whether a canonical text is a year heading: a year alone or with words (<c>2020</c>, <c>2020年</c>), not going
        /// on as a label does with a dash or a '#' (<c>2021-3</c>, <c>2021#3</c>: a label written wrong).
        /// </summary>
        public static bool IsYearHeading(string canonical) =>
            LooksLikeLabel(canonical) && !(canonical.Length > 4 && canonical[4] is '-' or '#');

        /// <summary>Whether the text was meant as a label: it opens with a four-digit year.</summary>
        public static bool LooksLikeLabel(string text) => text.Length >= 4 && AllDigits(text, 0, 4) && (text.Length == 4 || !char.IsDigit(text[4]));

        private static bool AllDigits(string text, int start, int length)
        {
            if (length <= 0 || start + length > text.Length)
            {
                return false;
            }

            for (var i = start; i < start + length; i++)
            {
                if (text[i] is < '0' or > '9')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
