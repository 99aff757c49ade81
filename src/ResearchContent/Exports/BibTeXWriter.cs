using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ResearchContent.Exports
{
    /// <summary>Writes publications as BibTeX <c>@article</c> entries.</summary>
    internal static class BibTeXWriter
    {
        public static string Write(IEnumerable<Publication> publications)
        {
            var output = new StringBuilder();
            foreach (var publication in publications)
            {
                if (output.Length > 0)
                {
                    output.Append('\n');
                }

                WriteEntry(output, ExportRecord.From(publication));
            }

            return output.ToString();
        }

        private static void WriteEntry(StringBuilder output, ExportRecord record)
        {
            output.Append("@article{").Append(Key(record.Key)).Append(",\n");
            if (record.Authors.Count > 0)
            {
                var names = new List<string>();
                foreach (var author in record.Authors)
                {
                    names.Add(Name(author));
                }

                // BibTeX's own way to say "et al.": styles print it as the style requires.
                if (record.AuthorsTruncated)
                {
                    names.Add("others");
                }

                Field(output, "author", string.Join(" and ", names));
            }

            if (record.Title is not null)
            {
                Field(output, "title", ProtectCase(LatexText.Escape(record.Title)));
            }

            Text(output, "journal", record.Container);
            Text(output, "year", record.Year?.ToString(CultureInfo.InvariantCulture));
            Text(output, "volume", record.Volume);
            Text(output, "number", record.Issue);
            Text(output, "pages", record.Pages?.Join("--"));
            Text(output, "eid", record.ArticleNumber);
            if (record.Doi is not null)
            {
                Field(output, "doi", LatexText.Verbatim(record.Doi));
            }

            if (record.Url is not null)
            {
                Field(output, "url", LatexText.Verbatim(record.Url));
            }

            output.Append("}\n");
        }

        // A family name of several words is braced so that BibTeX keeps "Van der Woerd" whole instead of splitting off a "von" part.
        private static string Name(Author author)
        {
            var family = LatexText.Escape(author.Family);
            if (family.IndexOf(' ') >= 0)
            {
                family = "{" + family + "}";
            }

            return author.Given.Length == 0 ? family : family + ", " + LatexText.Escape(author.Given);
        }

        // BibTeX stores titles in title case and readers (BibTeX styles, pandoc) lowercase them to sentence case;
        // the title here is already as printed, so every word with a capital is braced to keep "New Zealand",
        // "Mw" and "TanDEM-X" intact while lowercase words stay free for a style to capitalize.
        private static string ProtectCase(string title)
        {
            var words = title.Split(' ');
            for (var i = 0; i < words.Length; i++)
            {
                foreach (var c in words[i])
                {
                    if (char.IsUpper(c))
                    {
                        words[i] = "{" + words[i] + "}";
                        break;
                    }
                }
            }

            return string.Join(" ", words);
        }

        private static void Text(StringBuilder output, string name, string? value)
        {
            if (value is not null)
            {
                Field(output, name, LatexText.Escape(value));
            }
        }

        private static void Field(StringBuilder output, string name, string value) =>
            output.Append("  ").Append(name).Append(" = {").Append(value).Append("},\n");

        // Keys end at a comma and may not hold spaces, braces or quotes; anything else the key generator allows passes.
        private static string Key(string key)
        {
            var result = new StringBuilder(key.Length);
            foreach (var c in key)
            {
                result.Append(char.IsWhiteSpace(c) || c is ',' or '{' or '}' or '(' or ')' or '"' or '#' or '%' or '\'' or '=' or '~' or '\\' ? '_' : c);
            }

            return result.Length == 0 ? "publication" : result.ToString();
        }
    }
}
