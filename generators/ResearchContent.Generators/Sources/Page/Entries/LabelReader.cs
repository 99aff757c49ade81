using System;
using System.Globalization;
using System.Text;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Sources.Page.Entries
{
    /// <summary>
    /// Reads a label such as <c>2021-#3</c>: the year, then the number within the year, which may follow a series
    /// letter (<c>2023-#C1</c>, <c>2024-C1</c>), or a series letter before the year (<c>C2023-#1</c>) or instead of it
    /// (<c>B-#1</c>: the year is then the citation's); the label keeps the letters, the number is the digits.
    /// </summary>
    internal static class LabelReader
    {
        // A series letter or two (C for conference papers, J for journal articles, BC for book chapters).
        private const int MostSeriesLetters = 2;

        public static bool TryRead(string text, out int year, out int number)
        {
            year = 0;
            number = 0;

            // Pages that number each kind apart may put the kind's letter before the year (C2023-#1), or number a kind
            // with no year at all (B-#1 for books): the year, if any, follows the letters.
            var prefix = SeriesLetters(text, 0);
            var yearStart = prefix;
            int afterYear;
            if (AllDigits(text, yearStart, 4) && text.Length > yearStart + 5 && text[yearStart + 4] == '-')
            {
                year = DecimalNumber.Parse(text.Substring(yearStart, 4));
                afterYear = yearStart + 5;
            }
            else if (prefix > 0 && text.Length > prefix + 2 && text[prefix] == '-' && text[prefix + 1] == '#')
            {
                afterYear = prefix + 1;
            }
            else
            {
                return false;
            }

            // Pages that number each kind apart put the kind's letter before the number: 2023-#C1, 2023-#J4, and, as
            // the letter already says the rest is a number, 2024-C1.
            var start = text[afterYear] == '#' ? afterYear + 1 : afterYear;
            var digits = start + SeriesLetters(text, start);

            // "2021-3", with neither '#' nor a letter, is a label written wrong (RC1002), not a number of its own.
            if (digits == afterYear)
            {
                return false;
            }

            // A paper put in later between two others without renumbering them: 2021-#3a, after 2021-#3.
            var end = text.Length > digits + 1 && text[text.Length - 1] is >= 'a' and <= 'z' ? text.Length - 1 : text.Length;
            return AllDigits(text, digits, end - digits)
                && int.TryParse(text.Substring(digits, end - digits), NumberStyles.None, CultureInfo.InvariantCulture, out number);
        }

        // A series letter or two (C for conference papers, J for journal articles, BC for book chapters) at the index.
        private static int SeriesLetters(string text, int index)
        {
            var count = 0;
            while (index + count < text.Length && count < MostSeriesLetters && text[index + count] is >= 'A' and <= 'Z')
            {
                count++;
            }

            return count;
        }

        /// <summary>
        /// The label in its one written form, <c>2021-#3</c>, however a hand-edited page typed it: full-width digits and
        /// signs typed with a Chinese input method (<c>2021-＃1</c>) as ASCII, a dash typed as an en dash as <c>-</c>, the
        /// spaces some writers put around the signs (<c>2022 - #3</c>) dropped, brackets around it (<c>[2021-#3]</c>) and a
        /// full stop or colon after it dropped, and the sign between year and number written one way (<c>2021 #3</c>,
        /// <c>2021-3</c>, <c>2021-No.3</c>). Anything else is left for <see cref="TryRead"/> to refuse.
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

            var label = builder.ToString();
            if (label.Length > 2 && (label[0], label[label.Length - 1]) is ('[', ']') or ('【', '】'))
            {
                label = label.Substring(1, label.Length - 2);
            }

            label = label.TrimEnd('.', ':', ',');

            // A series letter before the year (C2023-#1) stays where it was written; the rest is written one way.
            var prefix = SeriesLetters(label, 0);
            if (prefix > 0 && AllDigits(label, prefix, 4))
            {
                return label.Substring(0, prefix) + Canonical(label.Substring(prefix));
            }

            if (label.Length < 6 || !AllDigits(label, 0, 4))
            {
                return label;
            }

            // The sign between year and number, however it was typed: "2021#3", "2021-3", "2021-No.3".
            var rest = label.Substring(4);
            rest = rest.StartsWith("-No.", StringComparison.OrdinalIgnoreCase) ? "-#" + rest.Substring(4)
                : rest[0] == '#' ? "-" + rest
                // A number within a year has at most three digits: "2019-2020" is a range of years, not a label.
                : rest[0] == '-' && rest.Length <= 4 && AllDigits(rest, 1, rest.Length - 1) ? "-#" + rest.Substring(1)
                : rest;
            return label.Substring(0, 4) + rest;
        }

        /// <summary>
        /// The label at the start of a label line that goes on with a remark (<c>2021-#3 (Invited)</c>, <c>2021-#3 ⭐</c>),
        /// and the remark; <see langword="null"/> when the line does not open with a label.
        /// </summary>
        public static (string Label, string Remark)? SplitRemark(string text)
        {
            var space = text.IndexOfAny(new[] { ' ', '\u00A0', '\t' });
            if (space <= 0)
            {
                return null;
            }

            var canonical = Canonical(text.Substring(0, space));
            return canonical.IndexOf('#') > 0 && TryRead(canonical, out _, out _) ? (canonical, text.Substring(space).Trim()) : null;
        }

        /// <summary>
        /// Whether a canonical text is a year heading: a year alone or with words (<c>2020</c>, <c>2020年</c>, <c>2019 – 2020</c>), not going
        /// on as a label does with a dash or a '#' (<c>2021-#</c>: a label with its number dropped).
        /// </summary>
        public static bool IsYearHeading(string canonical) =>
            LooksLikeLabel(canonical) && (!(canonical.Length > 4 && canonical[4] is '-' or '#') || IsYearRange(canonical));

        // "2019 – 2020", "2019-2020年": the years a heading spans.
        private static bool IsYearRange(string canonical) => canonical.Length >= 9 && canonical[4] == '-' && AllDigits(canonical, 5, 4)
            && (canonical.Length == 9 || !char.IsDigit(canonical[9]));

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
