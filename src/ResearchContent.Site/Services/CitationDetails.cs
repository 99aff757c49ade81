using System;
using System.Collections.Generic;

namespace ResearchContent.Site.Services
{
    /// <summary>An author as the site shows it.</summary>
    /// <param name="Family">The family name.</param>
    /// <param name="Given">The given names or initials, or <see langword="null"/>.</param>
    /// <param name="IsCorresponding">Whether the citation marks the author as corresponding.</param>
    public sealed record AuthorName(string Family, string? Given, bool IsCorresponding)
    {
        /// <summary>The name in reading order, such as <c>Q. Zhang</c>.</summary>
        public string Display => string.IsNullOrWhiteSpace(Given) ? Family : Given + " " + Family;

        /// <summary>The name in the <c>Family, Given</c> form that Google Scholar asks for.</summary>
        public string Inverted => string.IsNullOrWhiteSpace(Given) ? Family : Family + ", " + Given;
    }

    /// <summary>The structured parts of a citation that pages and metadata use, with the page range split.</summary>
    public sealed class CitationDetails
    {
        private CitationDetails()
        {
        }

        /// <summary>The authors, empty when the citation could not be split into authors.</summary>
        public IReadOnlyList<AuthorName> Authors { get; private init; } = Array.Empty<AuthorName>();

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

        /// <summary>The last page, or <see langword="null"/>.</summary>
        public string? LastPage { get; private init; }

        /// <summary>The DOI, or <see langword="null"/>.</summary>
        public string? Doi { get; private init; }

        /// <summary>Reads the structured parts of a publication's citation.</summary>
        /// <param name="publication">The publication.</param>
        /// <returns>The parts.</returns>
        public static CitationDetails Of(Publication publication)
        {
            var citation = publication.Citation;
            var authors = new List<AuthorName>();
            foreach (var author in citation.Authors ?? Array.Empty<Author>())
            {
                if (!string.IsNullOrWhiteSpace(author.Family))
                {
                    authors.Add(new AuthorName(author.Family, string.IsNullOrWhiteSpace(author.Given) ? null : author.Given, author.IsCorresponding));
                }
            }

            var (first, last) = SplitPages(citation.Pages);
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
                LastPage = last,
                Doi = Blank(citation.Doi),
            };
        }

        private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

        /// <summary>Splits a page range such as <c>8537–8551</c> into its first and last page.</summary>
        /// <param name="pages">The range.</param>
        /// <returns>The first and last page; either may be <see langword="null"/>.</returns>
        public static (string? First, string? Last) SplitPages(string? pages)
        {
            if (string.IsNullOrWhiteSpace(pages))
            {
                return (null, null);
            }

            var parts = pages!.Split(new[] { '–', '-', '—', '−' }, 2, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            return parts.Length switch
            {
                0 => (null, null),
                1 => (parts[0], null),
                _ => (parts[0], parts[1]),
            };
        }
    }
}
