using System.Collections.Generic;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>Puts the parts a reader found into a <see cref="ParsedCitation"/>, naming each core field it lacks.</summary>
    internal static class ParsedCitationBuilder
    {
        public static ParsedCitation Build(AuthorList authors, int? year, string? title, string? container, SourceDetails details, PublicationKind kind, CleanCitation clean)
        {
            var unparsed = new List<CitationField>();
            if (!authors.Success)
            {
                unparsed.Add(CitationField.Authors);
            }

            if (year is null)
            {
                unparsed.Add(CitationField.Year);
            }

            if (string.IsNullOrEmpty(title))
            {
                title = null;
                unparsed.Add(CitationField.Title);
            }

            if (string.IsNullOrEmpty(container))
            {
                container = null;
                if (kind != PublicationKind.Book)
                {
                    unparsed.Add(CitationField.Container);
                }
            }

            if (details.HasUnreadText)
            {
                unparsed.Add(CitationField.VolumeIssuePages);
            }

            return new ParsedCitation
            {
                Authors = authors.Authors,
                AuthorsTruncated = authors.Truncated,
                Year = year,
                Title = title,
                Container = container,
                Volume = details.Volume,
                Issue = details.Issue,
                Pages = details.Pages,
                ArticleNumber = details.ArticleNumber,
                Doi = clean.Doi,
                Kind = kind,
                Note = clean.Note,
                Unparsed = unparsed.ToEquatableArray(),
            };
        }
    }
}
