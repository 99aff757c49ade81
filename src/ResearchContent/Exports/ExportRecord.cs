using System.Collections.Generic;

namespace ResearchContent.Exports
{
    /// <summary>
    /// A publication's bibliographic fields as every export writes them, with the fallbacks decided once:
    /// the citation's own title and year win, because they are what the journal printed; the page's title and
    /// label year fill in when the citation could not be read.
    /// </summary>
    internal sealed class ExportRecord
    {
        private ExportRecord(Publication publication)
        {
            var citation = publication.Citation;
            Key = publication.Key;
            Authors = citation.Authors;
            AuthorsTruncated = citation.AuthorsTruncated;
            Title = citation.Title ?? publication.Title.En ?? publication.Title.Zh;
            OriginalTitle = publication.Title.Zh is { } zh && zh != Title ? zh : null;
            Year = citation.Year ?? (publication.Year > 0 ? publication.Year : null);
            // A whole book is part of nothing: the reader never gives one a container, and a catalog built by hand may not either.
            Container = citation.Kind == PublicationKind.Book ? null : citation.Container;
            Volume = citation.Volume;
            Issue = citation.Issue;
            Pages = PageRange.Parse(citation.Pages);
            ArticleNumber = citation.ArticleNumber;
            Doi = citation.Doi;
            Url = citation.Url.Length == 0 ? null : citation.Url;
            Kind = citation.Kind;
            Note = citation.Note;
            Text = citation.Text;
        }

        public string Key { get; }

        public IReadOnlyList<Author> Authors { get; }

        /// <summary>Whether the citation's author list ended in <c>et al.</c>.</summary>
        public bool AuthorsTruncated { get; }

        public string? Title { get; }

        /// <summary>The Chinese title, when it differs from <see cref="Title"/>.</summary>
        public string? OriginalTitle { get; }

        public int? Year { get; }

        public string? Container { get; }

        public string? Volume { get; }

        public string? Issue { get; }

        public PageRange? Pages { get; }

        public string? ArticleNumber { get; }

        public string? Doi { get; }

        public string? Url { get; }

        public PublicationKind Kind { get; }

        /// <summary>
        /// Whether <see cref="Container"/> names who issued the work (a thesis's university, a report's institution)
        /// rather than a work it is part of; the formats write those as a publisher.
        /// </summary>
        public bool ContainerIsIssuer => Kind is PublicationKind.Thesis or PublicationKind.Report;

        public string? Note { get; }

        /// <summary>The citation as printed, for styles that need fields the parser did not find.</summary>
        public string Text { get; }

        /// <summary>
        /// Whether a reference style has what it needs (a whole book has no container to need); otherwise it falls back
        /// to <see cref="Text"/>.
        /// </summary>
        public bool CanBeStyled => Authors.Count > 0 && Title is not null && (Container is not null || Kind == PublicationKind.Book);

        public static ExportRecord From(Publication? publication) =>
            new(publication ?? throw new System.ArgumentException("The publications include a null entry.", nameof(publication)));
    }
}
