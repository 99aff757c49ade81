using System;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// Who issued a work printed like a book, when that makes it a report: a survey, an agency or a laboratory named as
    /// its publisher (<c>Reston, VA: US Geological Survey; 2012</c>), or an organisation that publishes its own work
    /// (<c>FAO (2020). Title. Rome: FAO.</c>). A publishing house issues books.
    /// </summary>
    internal static class BookIssuer
    {
        /// <summary>The issuer the report is read by, or <see langword="null"/> for a book.</summary>
        public static string? Of(string imprint, AuthorList authors) => Issuer(imprint) ?? SelfPublished(imprint, authors);

        private static string? Issuer(string imprint)
        {
            var name = WithoutPlace(imprint);
            // "Reston, VA: US Geological Survey; 2012": the year after the issuer is the imprint's, no part of its name.
            var date = name.IndexOfAny(new[] { ';', ',' });
            name = CitationText.CleanContainer(date > 0 && name.Substring(date + 1).Trim() is { Length: >= 4 } rest && char.IsDigit(rest[0]) ? name.Substring(0, date) : name);
            return ReportShape.IsIssuer(name) && !name.Contains("Press") ? name : null;
        }

        /// <summary>The one organisation that is both the author and the publisher: the name has no given part to read.</summary>
        private static string? SelfPublished(string imprint, AuthorList authors)
        {
            if (authors.Authors.Count != 1 || authors.Authors[0] is not { Given.Length: 0 } organisation)
            {
                return null;
            }

            var name = WithoutPlace(imprint).Split(',', ';')[0].Trim().TrimEnd('.');
            return string.Equals(name, organisation.Family, StringComparison.Ordinal) ? name : null;
        }

        private static string WithoutPlace(string imprint)
        {
            var colon = imprint.LastIndexOf(": ", StringComparison.Ordinal);
            return colon >= 0 ? imprint.Substring(colon + 2) : imprint;
        }
    }
}
