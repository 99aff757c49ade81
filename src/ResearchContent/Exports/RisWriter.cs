using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ResearchContent.Exports
{
    /// <summary>
    /// Writes publications as RIS records of their kind's type (<c>JOUR</c>, <c>CONF</c>, <c>BOOK</c>, <c>CHAP</c>,
    /// <c>THES</c>, <c>RPRT</c>), with the CRLF line endings the format specifies.
    /// </summary>
    internal static class RisWriter
    {
        private const string LineEnd = "\r\n";

        public static string Write(IEnumerable<Publication> publications)
        {
            var output = new StringBuilder();
            foreach (var publication in publications)
            {
                if (output.Length > 0)
                {
                    output.Append(LineEnd);
                }

                WriteRecord(output, ExportRecord.From(publication));
            }

            return output.ToString();
        }

        private static void WriteRecord(StringBuilder output, ExportRecord record)
        {
            Tag(output, "TY", Type(record.Kind));
            foreach (var author in record.Authors)
            {
                Tag(output, "AU", Name(author));
            }

            Tag(output, "PY", record.Year?.ToString(CultureInfo.InvariantCulture));
            Tag(output, "TI", record.Title);

            // The journal, proceedings or book is the secondary title; a thesis's university and a report's institution the publisher.
            Tag(output, record.ContainerIsIssuer ? "PB" : "T2", record.Container);
            Tag(output, "VL", record.Volume);
            Tag(output, "IS", record.Issue);
            Tag(output, "SP", record.Pages?.First);
            Tag(output, "EP", record.Pages?.Last);
            Tag(output, "C7", record.ArticleNumber);
            Tag(output, "DO", record.Doi);
            Tag(output, "UR", record.Url);
            Tag(output, "N1", record.Note);
            output.Append("ER  - ").Append(LineEnd);
        }

        private static string Type(PublicationKind kind) => kind switch
        {
            PublicationKind.Conference => "CONF",
            PublicationKind.Book => "BOOK",
            PublicationKind.Chapter => "CHAP",
            PublicationKind.Thesis => "THES",
            PublicationKind.Report => "RPRT",
            PublicationKind.Preprint => "UNPB",
            PublicationKind.Other => "GEN",
            _ => "JOUR",
        };

        // RIS writes a name "Last, First, Suffix".
        private static string Name(Author author)
        {
            if (!string.IsNullOrEmpty(author.Suffix))
            {
                return author.Family + ", " + author.Given + ", " + author.Suffix;
            }

            return author.Given.Length == 0 ? author.Family : author.Family + ", " + author.Given;
        }

        // A RIS value is one line; a line break inside it would start a bogus tag.
        private static void Tag(StringBuilder output, string tag, string? value)
        {
            if (value is null)
            {
                return;
            }

            output.Append(tag).Append("  - ").Append(value.Replace("\r\n", " ").Replace('\r', ' ').Replace('\n', ' ')).Append(LineEnd);
        }
    }
}
