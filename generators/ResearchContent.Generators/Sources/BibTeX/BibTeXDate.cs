using System;
using System.Globalization;

namespace ResearchContent.Generators.Sources.BibTeX
{
    /// <summary>
    /// An entry's date, from BibTeX's <c>year</c>, <c>month</c> and <c>day</c> or biblatex's <c>date</c>
    /// (<c>2021-03-05</c>, <c>2021-03</c>, <c>2021</c>, or a range whose start is taken). A field that does not read
    /// as a date is not used, and stays among the entry's other fields as written.
    /// </summary>
    internal sealed class BibTeXDate
    {
        private static readonly string[] MonthNames =
        {
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        };

        private BibTeXDate(int? year, string? date, bool usesYear, bool usesMonth, bool usesDay, bool usesDate)
        {
            Year = year;
            Date = date;
            UsesYear = usesYear;
            UsesMonth = usesMonth;
            UsesDay = usesDay;
            UsesDate = usesDate;
        }

        /// <summary>The year, or <see langword="null"/> when no field gives one.</summary>
        public int? Year { get; }

        /// <summary><c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>, as precisely as the entry gives it.</summary>
        public string? Date { get; }

        /// <summary>Whether <c>year</c> was read, so it is no other field.</summary>
        public bool UsesYear { get; }

        /// <summary>Whether <c>month</c> was read into the date.</summary>
        public bool UsesMonth { get; }

        /// <summary>Whether <c>day</c> was read into the date.</summary>
        public bool UsesDay { get; }

        /// <summary>Whether biblatex's <c>date</c> was read.</summary>
        public bool UsesDate { get; }

        /// <summary>Reads the decoded values of the date fields, each <see langword="null"/> when the entry has none.</summary>
        public static BibTeXDate Read(string? year, string? month, string? day, string? date)
        {
            var yearNumber = ReadYear(year);
            var parsedDate = ReadIsoDate(date);
            if (parsedDate is not null)
            {
                return new BibTeXDate(yearNumber ?? parsedDate.Value.Year, parsedDate.Value.Text, yearNumber is not null, false, false, true);
            }

            if (yearNumber is null)
            {
                return new BibTeXDate(null, null, false, false, false, false);
            }

            var monthNumber = ReadMonth(month);
            var dayNumber = monthNumber is null ? null : ReadNumber(day, 1, 31);
            var text = Invariant(yearNumber.Value, 4)
                + (monthNumber is null ? string.Empty : "-" + Invariant(monthNumber.Value, 2))
                + (dayNumber is null ? string.Empty : "-" + Invariant(dayNumber.Value, 2));
            return new BibTeXDate(yearNumber, text, true, monthNumber is not null, dayNumber is not null, false);
        }

        /// <summary>A year of four digits, as BibTeX styles expect; <c>2021a</c> or <c>in press</c> is no year.</summary>
        public static int? ReadYear(string? year) => year?.Trim() is { Length: 4 } digits ? ReadNumber(digits, 1000, 2999) : null;

        /// <summary>A month as a number (<c>3</c>, what the month macros give), or an English name or abbreviation (<c>Mar.</c>, <c>Sept</c>).</summary>
        public static int? ReadMonth(string? month)
        {
            if (month is null)
            {
                return null;
            }

            var number = ReadNumber(month, 1, 12);
            if (number is not null)
            {
                return number;
            }

            var name = month.Trim().TrimEnd('.').ToLowerInvariant();
            if (name.Length < 3)
            {
                return null;
            }

            for (var i = 0; i < MonthNames.Length; i++)
            {
                if (MonthNames[i].StartsWith(name, StringComparison.Ordinal))
                {
                    return i + 1;
                }
            }

            return null;
        }

        private static (int Year, string Text)? ReadIsoDate(string? date)
        {
            if (date is null)
            {
                return null;
            }

            // A range (2021-03-05/2021-03-07) starts the work.
            var slash = date.IndexOf('/');
            var start = (slash < 0 ? date : date.Substring(0, slash)).Trim();
            var parts = start.Split('-');
            if (parts.Length > 3 || parts[0].Length != 4)
            {
                return null;
            }

            var year = ReadNumber(parts[0], 1000, 2999);
            var month = parts.Length > 1 && parts[1].Length == 2 ? ReadNumber(parts[1], 1, 12) : null;
            var day = parts.Length > 2 && parts[2].Length == 2 ? ReadNumber(parts[2], 1, 31) : null;
            if (year is null || (parts.Length > 1 && month is null) || (parts.Length > 2 && day is null))
            {
                return null;
            }

            return (year.Value, start);
        }

        private static int? ReadNumber(string? text, int min, int max)
        {
            if (text is null)
            {
                return null;
            }

            text = text.Trim();
            if (text.Length is 0 or > 4)
            {
                return null;
            }

            var value = 0;
            foreach (var c in text)
            {
                if (!BibTeXCursor.IsDigit(c))
                {
                    return null;
                }

                value = (value * 10) + (c - '0');
            }

            return value >= min && value <= max ? value : null;
        }

        private static string Invariant(int value, int digits) => value.ToString(new string('0', digits), CultureInfo.InvariantCulture);
    }
}
