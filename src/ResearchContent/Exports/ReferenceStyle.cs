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
        // Other kinds: "Title. In *Proceedings* (pp. 1–10).", "*Title* [Doctoral dissertation, University].",
        // "*Title*. Institution.", "*Title*." for a book.
        private static FormattedCitation Apa(ExportRecord record)
        {
            var names = Names(record.Authors, (author, _) => Suffixed(author.Family + ", " + Initials.Of(author.Given), ", ", author));
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

            var result = new FormattedCitation().Plain(authors + " (" + Year(record) + "). ");
            var title = record.Title!;
            switch (record.Kind)
            {
                case PublicationKind.Conference:
                case PublicationKind.Chapter:
                    result.Plain(EndSentence(title) + " In ").Italic(record.Container!);
                    var locators = new List<string>();
                    if (record.Volume is not null)
                    {
                        locators.Add("Vol. " + record.Volume);
                    }

                    if (PagesOrArticle(record, "p. ", "pp. ", "Article ") is { } pages)
                    {
                        locators.Add(pages);
                    }

                    result.Plain(locators.Count == 0 ? string.Empty : " (" + string.Join(", ", locators) + ")");
                    break;
                case PublicationKind.Book:
                    result.Italic(title);
                    break;
                case PublicationKind.Thesis:
                    result.Italic(title).Plain(" [Doctoral dissertation, " + record.Container + "]");
                    break;
                case PublicationKind.Report:
                    result.Italic(title).Plain((EndsInOwnMark(title) ? " " : ". ") + record.Container);
                    break;
                default:
                    result.Plain(EndSentence(title) + " ").Italic(record.Container!);
                    if (record.Volume is not null)
                    {
                        result.Plain(", ").Italic(record.Volume);
                        if (record.Issue is not null)
                        {
                            result.Plain("(" + record.Issue + ")");
                        }
                    }

                    Locator(result, record, ", ", ", ");
                    break;
            }

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
        // Other kinds: "Title, in *Proceedings*, pp. 1–10", "Title, Ph.D. thesis, University", "Title, Tech. Rep., Institution",
        // "*Title*" for a book.
        private static FormattedCitation Agu(ExportRecord record)
        {
            var names = Names(record.Authors, (author, index) => index == 0
                ? Suffixed(author.Family + ", " + Initials.Of(author.Given), ", ", author)
                : Suffixed(Initials.Of(author.Given) + " " + author.Family, " ", author));
            var authors = names.Count == 1
                ? names[0]
                : string.Join(", ", names.GetRange(0, names.Count - 1)) + ", and " + names[names.Count - 1];

            var result = new FormattedCitation().Plain(authors + " (" + Year(record) + "), ");
            switch (record.Kind)
            {
                case PublicationKind.Conference:
                case PublicationKind.Chapter:
                    result.Plain(record.Title + ", in ").Italic(record.Container!);
                    result.Plain(record.Volume is null ? string.Empty : ", vol. " + record.Volume);
                    result.Plain(PagesOrArticle(record, ", p. ", ", pp. ", ", ") ?? string.Empty);
                    break;
                case PublicationKind.Book:
                    result.Italic(record.Title!);
                    break;
                case PublicationKind.Thesis:
                    result.Plain(record.Title + ", Ph.D. thesis, " + record.Container);
                    break;
                case PublicationKind.Report:
                    result.Plain(record.Title + ", Tech. Rep., " + record.Container);
                    break;
                default:
                    result.Plain(record.Title + ", ").Italic(record.Container!);
                    if (record.Volume is not null)
                    {
                        result.Plain(", " + record.Volume + (record.Issue is null ? string.Empty : "(" + record.Issue + ")"));
                    }

                    Locator(result, record, ", ", ", ");
                    break;
            }

            if (record.Doi is not null)
            {
                result.Plain(", doi:" + record.Doi);
            }

            return result.Period();
        }

        // T. Wang, L. Jiao, and S. Wei, "Title," *Journal*, vol. 47, no. 18, Art. no. e2020GL090206, 2020, doi: 10.1029/2020GL090206.
        // Other kinds: '"Title," in *Proceedings*, 2020, pp. 1–10', '"Title," Ph.D. dissertation, University, 2020',
        // '"Title," Institution, Tech. Rep., 2020', '*Title*, 2020' for a book.
        private static FormattedCitation Ieee(ExportRecord record)
        {
            var names = Names(record.Authors, (author, _) => Suffixed(Initials.Of(author.Given) + " " + author.Family, " ", author).Trim());
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
            var year = record.Year is { } value ? ", " + value.ToString(CultureInfo.InvariantCulture) : string.Empty;
            var result = new FormattedCitation().Plain(authors + ", ");
            switch (record.Kind)
            {
                case PublicationKind.Conference:
                case PublicationKind.Chapter:
                    result.Plain(quoted + "in ").Italic(record.Container!);
                    result.Plain((record.Volume is null ? string.Empty : ", vol. " + record.Volume) + year);
                    result.Plain(PagesOrArticle(record, ", p. ", ", pp. ", ", Art. no. ") ?? string.Empty);
                    break;
                case PublicationKind.Book:
                    result.Italic(title).Plain(year);
                    break;
                case PublicationKind.Thesis:
                    result.Plain(quoted + "Ph.D. dissertation, " + record.Container + year);
                    break;
                case PublicationKind.Report:
                    result.Plain(quoted + record.Container + ", Tech. Rep." + year);
                    break;
                default:
                    result.Plain(quoted).Italic(record.Container!);
                    if (record.Volume is not null)
                    {
                        result.Plain(", vol. " + record.Volume);
                    }

                    if (record.Issue is not null)
                    {
                        result.Plain(", no. " + record.Issue);
                    }

                    result.Plain((PagesOrArticle(record, ", p. ", ", pp. ", ", Art. no. ") ?? string.Empty) + year);
                    break;
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

        // "p. 5" or "pp. 1–10" after the given prefixes, else the article number after its own; null when there are neither.
        private static string? PagesOrArticle(ExportRecord record, string beforePage, string beforePages, string beforeArticle)
        {
            if (record.Pages is not null)
            {
                return record.Pages.Last is null ? beforePage + record.Pages.First : beforePages + record.Pages.Join("–");
            }

            return record.ArticleNumber is null ? null : beforeArticle + record.ArticleNumber;
        }

        private static string Suffixed(string name, string separator, Author author) =>
            string.IsNullOrEmpty(author.Suffix) ? name : name + separator + author.Suffix;

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
