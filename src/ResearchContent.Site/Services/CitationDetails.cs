using System;
using System.Collections.Generic;

namespace ResearchContent.Site.Services
{
    /// <summary>The structured parts of a citation that pages and metadata use, with the page range split.</summary>
    public sealed class CitationDetails
    {
        private CitationDetails()
        {
        }

        /// <summary>The authors with a family name, empty when the citation could not be split into authors.</summary>
        public IReadOnlyList<Author> Authors { get; private init; } = Array.Empty<Author>();

        /// <summary>The publication year.</summary>
        public int Year { get; private init; }

        /// <summary>The journal or other container, or <see langword="null"/>.</summary>
        public string? Container { get; private init; }

        /// <summary>The volume, or <see langword="null"/>.</summary>
        public string? Volume { get; private init; }

        /// <summary>The issue, or <see langword="null"/>.</summary>
        public string? Issue { get; private init; }

        /// <summary>The first page, or the article number when there are no pages, or <see langword="null"/>.</summary>
        public string? FirstPage { get; private init; }

        /// <summary>The last page, an abbreviated one expanded as in the exports, or <see langword="null"/>.</summary>
        public string? LastPage { get; private init; }

        /// <summary>The DOI, or <see langword="null"/>.</summary>
        public string? Doi { get; private init; }

        /// <summary>The kind of work: a journal article unless the citation says otherwise.</summary>
        public PublicationKind Kind { get; private init; }

        /// <summary>
        /// Whether <see cref="Container"/> names who issued the work (a thesis's university, a report's institution)
        /// rather than a work it is part of.
        /// </summary>
        /// <summary>
        /// The kind to show: the publication's (BibTeX's entry type, a collection's category, a preprint server), else
        /// its citation's, when the publication says no more than "article".
        /// </summary>
        /// <param name="publication">The publication.</param>
        /// <returns>The kind.</returns>
        public static PublicationKind KindOf(Publication publication) =>
            publication.Kind != PublicationKind.Article ? publication.Kind : publication.Citation.Kind;

        public bool ContainerIsIssuer => Kind is PublicationKind.Thesis or PublicationKind.Report;

        /// <summary>The remark printed after the citation, such as <c>Invited feature paper</c>, or <see langword="null"/>.</summary>
        public string? Note { get; private init; }

        /// <summary>Reads the structured parts of a publication's citation.</summary>
        /// <param name="publication">The publication.</param>
        /// <returns>The parts.</returns>
        public static CitationDetails Of(Publication publication)
        {
            var citation = publication.Citation;
            var authors = new List<Author>();
            foreach (var author in citation.Authors ?? Array.Empty<Author>())
            {
                // A nameless author would render as an empty name and an empty citation_author tag.
                if (!string.IsNullOrWhiteSpace(author.Family))
                {
                    authors.Add(author);
                }
            }

            var pages = PageRange.Parse(citation.Pages);
            var first = pages?.First;
            if (first is null && !string.IsNullOrWhiteSpace(citation.ArticleNumber))
            {
                first = citation.ArticleNumber;
            }

            return new CitationDetails
            {
                Authors = authors,
                Year = citation.Year ?? publication.Year,
                Container = Blank(citation.Container),
                Volume = Blank(citation.Volume),
                Issue = Blank(citation.Issue),
                FirstPage = first,
                LastPage = pages?.Last,
                Doi = Blank(citation.Doi),
                Kind = citation.Kind,
                Note = Blank(citation.Note),
            };
        }

        private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
