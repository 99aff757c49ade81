using System;
using System.Collections.Generic;
using System.Globalization;

namespace ResearchContent.Exports
{
    /// <summary>Writes a record in APA, AGU or IEEE style; a record missing authors, title or journal is given as printed.</summary>
    internal static class ReferenceStyle
    {
        public static FormattedCitation Format(ExportRecord record, CitationStyle style)
        {
            if (!record.CanBeStyled)
            {
                return new FormattedCitation().Plain(record.Text);
            }

            return style switch
            {
                CitationStyle.Apa => Apa(record),
                CitationStyle.Agu => Agu(record),
                CitationStyle.Ieee => Ieee(record),
                _ => throw new ArgumentOutOfRangeException(nameof(style), style, "Unknown citation style."),
            };
        }

        // Wang, T., Jiao, L., & Wei, S. (2020). Title. *Journal*, *47*(18), e2020GL090206. https://doi.org/…
        private static FormattedCitation Apa(ExportRecord record)
        {
            var names = Names(record.Authors, (author, _) => author.Family + ", " + Initials.Of(author.Given));
            string authors;
            if (names.Count == 1)
            {
                authors = names[0];
            }
            else if (names.Count <= 20)
            {
                authors = string.Join(", ", names.GetRange(0, names.Count - 1)) + ", & " + names[names.Count - 1];
            }
            else
            {
                // APA 7: the first nineteen, an ellipsis, then the last.
                authors = string.Join(", ", names.GetRange(0, 19)) + ", . . . " + names[names.Count - 1];
            }

            var result = new FormattedCitation()
                .Plain(authors + " (" + Year(record) + "). ")
                .Plain(EndSentence(record.Title!) + " ")
                .Italic(record.Container!);
            if (record.Volume is not null)
            {
                result.Plain(", ").Italic(record.Volume);
                if (record.Issue is not null)
                {
                    result.Plain("(" + record.Issue + ")");
                }
            }

            Locator(result, record, ", ", ", ");
            result.Period();
            if (record.Doi is not null)
            {
                result.Plain(" ").Link(DoiLink.For(record.Doi));
            }
            else if (record.Url is not null)
            {
                result.Plain(" ").Link(record.Url);
            }

            return result;
        }

        // Wang, T., L. Jiao, and S. Wei (2020), Title, *Journal*, 47(18), e2020GL090206, doi:10.1029/2020GL090206.
        private static FormattedCitation Agu(ExportRecord record)
        {
            var names = Names(record.Authors, (author, index) =>
                index == 0 ? author.Family + ", " + Initials.Of(author.Given) : Initials.Of(author.Given) + " " + author.Family);
            var authors = names.Count == 1
                ? names[0]
                : string.Join(", ", names.GetRange(0, names.Count - 1)) + ", and " + names[names.Count - 1];

            var result = new FormattedCitation()
                .Plain(authors + " (" + Year(record) + "), " + record.Title + ", ")
                .Italic(record.Container!);
            if (record.Volume is not null)
            {
                result.Plain(", " + record.Volume + (record.Issue is null ? string.Empty : "(" + record.Issue + ")"));
            }

            Locator(result, record, ", ", ", ");
            if (record.Doi is not null)
            {
                result.Plain(", doi:" + record.Doi);
            }

            return result.Period();
        }

        // T. Wang, L. Jiao, and S. Wei, "Title," *Journal*, vol. 47, no. 18, Art. no. e2020GL090206, 2020, doi: 10.1029/2020GL090206.
        private static FormattedCitation Ieee(ExportRecord record)
        {
            var names = Names(record.Authors, (author, _) => (Initials.Of(author.Given) + " " + author.Family).Trim());
            string authors;
            if (names.Count > 6)
            {
                authors = names[0] + " et al.";
            }
            else if (names.Count <= 2)
            {
                authors = string.Join(" and ", names);
            }
            else
            {
                authors = string.Join(", ", names.GetRange(0, names.Count - 1)) + ", and " + names[names.Count - 1];
            }

            // The comma goes inside the quotes, unless the title already ends in its own question or exclamation mark.
            var title = record.Title!;
            var quoted = EndsInOwnMark(title) ? "\"" + title + "\" " : "\"" + title + ",\" ";
            var result = new FormattedCitation().Plain(authors + ", " + quoted).Italic(record.Container!);
            if (record.Volume is not null)
            {
                result.Plain(", vol. " + record.Volume);
            }

            if (record.Issue is not null)
            {
                result.Plain(", no. " + record.Issue);
            }

            if (record.Pages is not null)
            {
                result.Plain(record.Pages.Last is null ? ", p. " + record.Pages.First : ", pp. " + record.Pages.Join("–"));
            }
            else if (record.ArticleNumber is not null)
            {
                result.Plain(", Art. no. " + record.ArticleNumber);
            }

            if (record.Year is { } year)
            {
                result.Plain(", " + year.ToString(CultureInfo.InvariantCulture));
            }

            if (record.Doi is not null)
            {
                result.Plain(", doi: " + record.Doi);
            }

            return result.Period();
        }

        private static void Locator(FormattedCitation result, ExportRecord record, string beforePages, string beforeArticle)
        {
            if (record.Pages is not null)
            {
                result.Plain(beforePages + record.Pages.Join("–"));
            }
            else if (record.ArticleNumber is not null)
            {
                result.Plain(beforeArticle + record.ArticleNumber);
            }
        }

        private static List<string> Names(IReadOnlyList<Author> authors, Func<Author, int, string> format)
        {
            var names = new List<string>(authors.Count);
            for (var i = 0; i < authors.Count; i++)
            {
                names.Add(format(authors[i], i));
            }

            return names;
        }

        private static string Year(ExportRecord record) =>
            record.Year?.ToString(CultureInfo.InvariantCulture) ?? "n.d.";

        private static string EndSentence(string title) => EndsInOwnMark(title) || title.EndsWith(".", StringComparison.Ordinal) ? title : title + ".";

        private static bool EndsInOwnMark(string title) => title.EndsWith("?", StringComparison.Ordinal) || title.EndsWith("!", StringComparison.Ordinal);
    }
}
