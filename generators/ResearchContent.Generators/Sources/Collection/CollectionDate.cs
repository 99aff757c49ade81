using System;
using System.Globalization;
using System.Text.RegularExpressions;
using ResearchContent.Generators.Primitives;
using ResearchContent.Generators.Sources.Citations;

namespace ResearchContent.Generators.Sources.Collection
{
    /// <summary>
    /// A collection file's date, as precisely as it is written: <c>2009-10-01</c>, <c>2009-10</c> or <c>2009</c>.
    /// </summary>
    /// <param name="Text">The date as <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>, zero-padded.</param>
    internal readonly record struct CollectionDate(string Text, int Year)
    {
        // What people type after "date:": 2009-10-01, 2020-8-20, 2009/10/01, 2009-10, 2009, each optionally with the
        // time and zone Jekyll's post template writes (2009-10-01 12:00:00 +0800, 2009-10-01T12:00:00Z).
        private static readonly Regex Numeric = CitationRegex.Create(
            @"^(?<year>[0-9]{4})(?:(?<sep>[-/.])(?<month>[0-9]{1,2})(?:\k<sep>(?<day>[0-9]{1,2}))?)?"
            + @"(?:(?:T|\s+)[0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?(?:\s*(?:Z|[+-][0-9]{2}:?[0-9]{2}|[A-Z]{3,4}))?)?$");

        // The same as words: "October 1, 2019", "1 October 2019", "Oct. 2019", "October 2019".
        private static readonly Regex Worded = CitationRegex.Create(
            @"^(?:(?<day>[0-9]{1,2})\s+)?(?<month>\p{L}{3,9})\.?(?:\s+(?<day>[0-9]{1,2})(?:st|nd|rd|th)?,)?,?\s+(?<year>[0-9]{4})$");

        // Jekyll dates a document from its file name when its front matter has no date: 2009-10-01-paper-title.md.
        private static readonly Regex FileNameDate = CitationRegex.Create(@"^(?<year>[0-9]{4})-(?<month>[0-9]{1,2})-(?<day>[0-9]{1,2})-");

        private static readonly string[] MonthNames =
        {
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        };

        /// <summary>
        /// Reads a front-matter date. The time and zone are dropped, not applied: the date is the one written, where
        /// Jekyll would move a late-evening time with a foreign zone to the site's day.
        /// </summary>
        public static bool TryRead(string text, out CollectionDate date)
        {
            date = default;
            text = (text ?? string.Empty).Trim();
            var match = Numeric.Match(text);
            if (match.Success)
            {
                return TryCreate(match.Groups["year"].Value, match.Groups["month"].Value, match.Groups["day"].Value, out date);
            }

            match = Worded.Match(text);
            return match.Success
                && MonthNumber(match.Groups["month"].Value) is { } month
                && TryCreate(match.Groups["year"].Value, month.ToString(CultureInfo.InvariantCulture), match.Groups["day"].Value, out date);
        }

        /// <summary>The date at the start of the file's name, as Jekyll reads it, or <see langword="null"/>.</summary>
        public static CollectionDate? FromFileName(string relativePath)
        {
            var path = relativePath ?? string.Empty;
            var name = path.Substring(path.LastIndexOfAny(new[] { '/', '\\' }) + 1);
            var match = FileNameDate.Match(name);
            return match.Success && TryCreate(match.Groups["year"].Value, match.Groups["month"].Value, match.Groups["day"].Value, out var date) ? date : null;
        }

        private static bool TryCreate(string yearText, string monthText, string dayText, out CollectionDate date)
        {
            date = default;
            var year = DecimalNumber.Parse(yearText);
            if (year < 1000)
            {
                return false;
            }

            if (monthText.Length == 0)
            {
                date = new CollectionDate(yearText, year);
                return true;
            }

            var month = DecimalNumber.Parse(monthText);
            if (month is < 1 or > 12)
            {
                return false;
            }

            var text = yearText + "-" + month.ToString("00", CultureInfo.InvariantCulture);
            if (dayText.Length == 0)
            {
                date = new CollectionDate(text, year);
                return true;
            }

            var day = DecimalNumber.Parse(dayText);
            if (day < 1 || day > DateTime.DaysInMonth(year, month))
            {
                return false;
            }

            date = new CollectionDate(text + "-" + day.ToString("00", CultureInfo.InvariantCulture), year);
            return true;
        }

        /// <summary>The month of an English month name or its abbreviation of at least three letters ("Sept", "Oct").</summary>
        private static int? MonthNumber(string word)
        {
            var lower = word.ToLowerInvariant();
            for (var i = 0; i < MonthNames.Length; i++)
            {
                if (MonthNames[i].StartsWith(lower, StringComparison.Ordinal))
                {
                    return i + 1;
                }
            }

            return null;
        }
    }
}
