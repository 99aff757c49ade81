using System.Collections.Generic;
using System.Globalization;
using ResearchContent.Generators.Diagnostics;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Primitives;
using Names = ResearchContent.Generators.Sources.Collection.CollectionFieldNames;

namespace ResearchContent.Generators.Sources.Collection
{
    /// <summary>
    /// A collection file's date and year. Jekyll dates a document by its front matter's <c>date</c>, else by the date
    /// its file name starts with, else by the time of the build; the catalog takes the first two as written, and for
    /// the year alone falls back on what else the file states.
    /// </summary>
    internal static class PublicationDate
    {
        /// <summary>
        /// The date as written, else the file name's (as Jekyll dates a file). The year follows the date; without a
        /// readable date it is taken from the file name, a <c>year</c> field or the citation, and the warning says which.
        /// </summary>
        public static (string? Date, int? Year) Read(
            CollectionFrontMatter frontMatter, string relativePath, RelativeSpan firstLine, ParsedCitation? citation, FileDiagnosticList diagnostics, List<FieldLocation> locations)
        {
            var entry = frontMatter.Field(Names.Date);
            var written = entry is null ? null : CollectionFrontMatter.TextOf(entry);
            if (entry is not null && written is not null && CollectionDate.TryRead(written, out var date))
            {
                locations.Add(new FieldLocation("year", frontMatter.ValueSpan(entry)));
                return (date.Text, date.Year);
            }

            var fromName = CollectionDate.FromFileName(relativePath);
            if (written is null && fromName is { } named)
            {
                locations.Add(new FieldLocation("year", firstLine));
                return (named.Text, named.Year);
            }

            var (year, source, span) = fromName is { } nameYear ? (nameYear.Year, "the year is taken from the file name", firstLine)
                : YearField(frontMatter) is { } field ? (field.Year, "the year is taken from the 'year' field", field.Span)
                : citation?.Year is { } cited && frontMatter.Field(Names.Citation) is { } citationEntry ? (cited, "the year is taken from the citation", frontMatter.ValueSpan(citationEntry))
                : ((int?)null, "the publication has no year", firstLine);
            if (year is not null)
            {
                locations.Add(new FieldLocation("year", span));
            }

            if (entry is not null && written is not null)
            {
                diagnostics.Add(DiagnosticDescriptors.UnreadableCollectionDate, frontMatter.ValueSpan(entry), written, source);
            }
            else
            {
                diagnostics.Add(DiagnosticDescriptors.MissingCollectionDate, entry is null ? firstLine : frontMatter.NameSpan(entry));
            }

            return (null, year);
        }

        /// <summary>The markdown generator's <c>year: 2019</c>, kept as a field too; <see langword="null"/> unless it is a year.</summary>
        private static (int Year, RelativeSpan Span)? YearField(CollectionFrontMatter frontMatter) =>
            frontMatter.Field(Names.Year) is { } entry && CollectionFrontMatter.TextOf(entry) is { Length: 4 } text
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1000
                ? (year, frontMatter.ValueSpan(entry))
                : null;
    }
}
