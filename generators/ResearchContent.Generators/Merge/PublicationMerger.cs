using System;
using System.Collections.Generic;
using System.Linq;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Merge
{
    /// <summary>
    /// Joins the statements of one paper into one publication. Each field comes from the source that states it most
    /// precisely: the citation's fields, the kind, the venue, al-folio's badges from BibTeX; the bilingual titles,
    /// abstracts, figures, the label and the citation as written from the page; the date, the permalink, the category,
    /// the excerpt and the page text from the collection. A field no such source states comes from any that does.
    /// </summary>
    internal static class PublicationMerger
    {
        private static readonly SourceFormat[] CitationOrder = { SourceFormat.BibTeX, SourceFormat.Page, SourceFormat.Collection };

        private static readonly SourceFormat[] TextOrder = { SourceFormat.Page, SourceFormat.Collection, SourceFormat.BibTeX };

        private static readonly SourceFormat[] DateOrder = { SourceFormat.Collection, SourceFormat.BibTeX, SourceFormat.Page };

        /// <param name="group">The statements of one paper, in statement order.</param>
        /// <param name="key">The key the catalog gives it (see <see cref="MergedKeys"/>).</param>
        /// <param name="resolves">Whether an image path is among the project's files.</param>
        public static PublicationModel Merge(IReadOnlyList<SourceStatement> group, string key, Func<string, bool> resolves)
        {
            var page = group.FirstOrDefault(s => s.PagePublication is not null)?.PagePublication;
            var statements = group.Select(s => s.Publication).ToList();
            var citation = First(statements, CitationOrder, s => s.Citation) ?? ParsedCitation.Unrecognized;
            var year = First(statements, TextOrder, s => s.Year) ?? citation.Year ?? 0;
            var date = First(statements, DateOrder, s => s.Date);
            var merged = page ?? new PublicationModel
            {
                Label = string.Empty,
                Year = year,
                TitleEn = First(statements, TextOrder, s => s.Title),
                TitleZh = First(statements, TextOrder, s => s.TitleZh),
                AbstractEn = First(statements, TextOrder, s => s.AbstractEn),
                AbstractZh = First(statements, TextOrder, s => s.AbstractZh),
                CitationText = First(statements, TextOrder, s => s.CitationText) ?? CitationSentence.Of(citation, date),
                CitationUrl = First(statements, TextOrder, s => s.Url) ?? (First(statements, CitationOrder, s => s.Doi) is { } doi ? DoiLink.For(doi) : string.Empty),
                Figures = FiguresOf(statements).Select(f => f with { ImageExists = resolves(f.Source) }).ToEquatableArray(),
            };

            return merged with
            {
                Key = key,
                PropertyName = Keys.KeyRules.PropertyName(key),
                Doi = First(statements, TextOrder, s => s.Doi),
                Citation = citation,
                Links = Links(statements),
                SourcePath = statements[0].RelativePath,
                SourceLine = statements[0].Span.StartLine + 1,
                Sources = statements.Select(s => new SourceLocationModel(s.RelativePath, s.Span.StartLine + 1)).ToEquatableArray(),
                Kind = KindOf(statements, citation),
                Date = date,
                Venue = First(statements, CitationOrder, s => s.Venue) ?? citation.Container,
                Permalink = First(statements, DateOrder, s => s.Permalink),
                Category = First(statements, DateOrder, s => s.Category),
                Excerpt = First(statements, DateOrder, s => s.Excerpt),
                Body = First(statements, DateOrder, s => s.Body),
                Abbreviation = First(statements, CitationOrder, s => s.Abbreviation),
                Selected = statements.Any(s => s.Selected),
                Award = First(statements, CitationOrder, s => s.Award),
                Fields = Fields(statements),
            };
        }

        /// <summary>The statements in the given order of formats, each format's in statement order.</summary>
        private static IEnumerable<SourcePublication> InOrder(List<SourcePublication> statements, SourceFormat[] order) =>
            order.SelectMany(format => statements.Where(statement => statement.Format == format));

        /// <summary>The value of the first source, in the given order of formats, that states it (an empty text states nothing).</summary>
        /// <remarks>Loops rather than a query: it runs for every field of every publication on every edit.</remarks>
        private static T? First<T>(List<SourcePublication> statements, SourceFormat[] order, Func<SourcePublication, T?> field)
            where T : class
        {
            foreach (var format in order)
            {
                foreach (var statement in statements)
                {
                    if (statement.Format == format && field(statement) is { } value && (value is not string text || text.Length > 0))
                    {
                        return value;
                    }
                }
            }

            return null;
        }

        private static int? First(List<SourcePublication> statements, SourceFormat[] order, Func<SourcePublication, int?> field)
        {
            foreach (var format in order)
            {
                foreach (var statement in statements)
                {
                    if (statement.Format == format && field(statement) is { } value)
                    {
                        return value;
                    }
                }
            }

            return null;
        }

        private static EquatableArray<FigureModel> FiguresOf(List<SourcePublication> statements) =>
            InOrder(statements, TextOrder).Select(s => s.Figures).FirstOrDefault(figures => figures.Count > 0);

        /// <summary>BibTeX's entry type, else the collection's category, else the citation's shape; a preprint server makes a preprint.</summary>
        private static PublicationKind KindOf(List<SourcePublication> statements, ParsedCitation citation)
        {
            if (InOrder(statements, new[] { SourceFormat.BibTeX, SourceFormat.Collection }).FirstOrDefault() is { } stated)
            {
                return stated.Kind;
            }

            var container = citation.Container ?? string.Empty;
            var isPreprint = container.IndexOf("arXiv", StringComparison.OrdinalIgnoreCase) >= 0
                || (citation.ArticleNumber ?? string.Empty).StartsWith("arXiv:", StringComparison.OrdinalIgnoreCase);
            return isPreprint ? PublicationKind.Preprint : citation.Kind;
        }

        /// <summary>Every source's links, each address once, page's first.</summary>
        private static EquatableArray<LinkModel> Links(List<SourcePublication> statements)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var links = new List<LinkModel>();
            foreach (var link in InOrder(statements, TextOrder).SelectMany(s => s.Links))
            {
                if (seen.Add(link.Url))
                {
                    links.Add(link);
                }
            }

            return links.ToEquatableArray();
        }

        private static EquatableArray<SourceField> Fields(List<SourcePublication> statements)
        {
            var seen = new HashSet<SourceField>();
            var fields = new List<SourceField>();
            foreach (var field in InOrder(statements, CitationOrder).SelectMany(s => s.Fields))
            {
                if (seen.Add(field))
                {
                    fields.Add(field);
                }
            }

            return fields.ToEquatableArray();
        }
    }
}
