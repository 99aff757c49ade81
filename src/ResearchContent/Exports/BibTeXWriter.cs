using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ResearchContent.Exports
{
    /// <summary>
    /// Writes publications as BibTeX entries of their kind's type: <c>@article</c>, <c>@inproceedings</c>, <c>@book</c>,
    /// <c>@incollection</c>, <c>@phdthesis</c> or <c>@techreport</c>.
    /// </summary>
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
            var (type, containerField) = EntryType(record.Kind);
            output.Append('@').Append(type).Append('{').Append(Key(record.Key)).Append(",\n");
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

            if (containerField is not null && record.Container is not null)
            {
                Field(output, containerField, Container(containerField, record.Container));
            }

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

            Text(output, "note", record.Note);
            output.Append("}\n");
        }

        // The entry type and the field that names what the work is part of or issued by (a book has neither).
        private static (string Type, string? Container) EntryType(PublicationKind kind) => kind switch
        {
            PublicationKind.Conference => ("inproceedings", "booktitle"),
            PublicationKind.Book => ("book", null),
            PublicationKind.Chapter => ("incollection", "booktitle"),
            PublicationKind.Thesis => ("phdthesis", "school"),
            PublicationKind.Report => ("techreport", "institution"),
            PublicationKind.Preprint or PublicationKind.Other => ("misc", "howpublished"),
            _ => ("article", "journal"),
        };

        // A book title is lowercased to sentence case by readers as a title is, so its capitals are braced the same way;
        // a school or institution is a list of names to BibLaTeX and pandoc, split at " and " unless braced whole.
        private static string Container(string field, string container) => field switch
        {
            "booktitle" => ProtectCase(LatexText.Escape(container)),
            "school" or "institution" => "{" + LatexText.Escape(container) + "}",
            _ => LatexText.Escape(container),
        };

        // A family name of several words is braced so that BibTeX keeps "Van der Woerd" whole instead of splitting off a "von" part.
        // A suffix takes BibTeX's three-part form, "von Last, Jr, First": "Anderson, Jr., Robert E.".
        private static string Name(Author author)
        {
            var family = LatexText.Escape(author.Family);
            if (family.IndexOf(' ') >= 0)
            {
                family = "{" + family + "}";
            }

            if (!string.IsNullOrEmpty(author.Suffix))
            {
                return family + ", " + LatexText.Escape(author.Suffix!) + ", " + LatexText.Escape(author.Given);
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
