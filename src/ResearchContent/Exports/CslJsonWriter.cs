using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ResearchContent.Exports
{
    /// <summary>Writes publications as a CSL-JSON array of <c>article-journal</c> items.</summary>
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
                Member("type", JsonText.Quote("article-journal")),
            };

            if (record.Authors.Count > 0)
            {
                var names = new List<string>();
                foreach (var author in record.Authors)
                {
                    var name = "{\"family\": " + JsonText.Quote(author.Family);
                    name += author.Given.Length == 0 ? "}" : ", \"given\": " + JsonText.Quote(author.Given) + "}";
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

            AddString(members, "container-title", record.Container);
            AddString(members, "volume", record.Volume);
            AddString(members, "issue", record.Issue);
            AddString(members, "page", record.Pages?.Join("-"));
            AddString(members, "number", record.ArticleNumber);
            AddString(members, "DOI", record.Doi);
            AddString(members, "URL", record.Url);

            output.Append("  {\n").Append(string.Join(",\n", members)).Append("\n  }");
        }

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
