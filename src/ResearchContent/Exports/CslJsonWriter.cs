using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ResearchContent.Exports
{
    /// <summary>
    /// Writes publications as a CSL-JSON array of items of their kind's type: <c>article-journal</c>,
    /// <c>paper-conference</c>, <c>book</c>, <c>chapter</c>, <c>thesis</c> or <c>report</c>.
    /// </summary>
    internal static class CslJsonWriter
    {
        public static string Write(IEnumerable<Publication> publications)
        {
            var output = new StringBuilder("[");
            var first = true;
            foreach (var publication in publications)
            {
                output.Append(first ? "\n" : ",\n");
                first = false;
                WriteItem(output, ExportRecord.From(publication));
            }

            output.Append(first ? "]\n" : "\n]\n");
            return output.ToString();
        }

        private static void WriteItem(StringBuilder output, ExportRecord record)
        {
            var members = new List<string>
            {
                Member("id", JsonText.Quote(record.Key)),
                Member("type", JsonText.Quote(Type(record.Kind))),
            };

            if (record.Authors.Count > 0)
            {
                var names = new List<string>();
                foreach (var author in record.Authors)
                {
                    var name = "{\"family\": " + JsonText.Quote(author.Family);
                    name += author.Given.Length == 0 ? string.Empty : ", \"given\": " + JsonText.Quote(author.Given);
                    name += string.IsNullOrEmpty(author.Suffix) ? "}" : ", \"suffix\": " + JsonText.Quote(author.Suffix!) + "}";
                    names.Add("      " + name);
                }

                members.Add(Member("author", "[\n" + string.Join(",\n", names) + "\n    ]"));
            }

            AddString(members, "title", record.Title);
            AddString(members, "original-title", record.OriginalTitle);
            if (record.Year is { } year)
            {
                members.Add(Member("issued", "{\"date-parts\": [[" + year.ToString(CultureInfo.InvariantCulture) + "]]}"));
            }

            // CSL names a thesis's university and a report's issuer as the publisher; other containers are titles.
            AddString(members, record.ContainerIsIssuer ? "publisher" : "container-title", record.Container);

            // What BibTeX's @phdthesis says, and what styles print: "[Doctoral dissertation, …]", "PhD thesis, …".
            AddString(members, "genre", record.Kind == PublicationKind.Thesis ? "PhD thesis" : null);
            AddString(members, "volume", record.Volume);
            AddString(members, "issue", record.Issue);
            AddString(members, "page", record.Pages?.Join("-"));
            AddString(members, "number", record.ArticleNumber);
            AddString(members, "DOI", record.Doi);
            AddString(members, "URL", record.Url);
            AddString(members, "note", record.Note);

            output.Append("  {\n").Append(string.Join(",\n", members)).Append("\n  }");
        }

        private static string Type(PublicationKind kind) => kind switch
        {
            PublicationKind.Conference => "paper-conference",
            PublicationKind.Book => "book",
            PublicationKind.Chapter => "chapter",
            PublicationKind.Thesis => "thesis",
            PublicationKind.Report => "report",
            PublicationKind.Preprint => "article",
            PublicationKind.Other => "document",
            _ => "article-journal",
        };

        private static void AddString(List<string> members, string name, string? value)
        {
            if (value is not null)
            {
                members.Add(Member(name, JsonText.Quote(value)));
            }
        }

        private static string Member(string name, string json) => "    " + JsonText.Quote(name) + ": " + json;
    }
}
