namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>A citation with its DOI and trailing note taken out, and whitespace collapsed.</summary>
    /// <param name="Text">What is left: authors, year, title, container and the volume/issue/pages part.</param>
    /// <param name="Doi">The bare DOI, or <see langword="null"/>.</param>
    /// <param name="Note">The trailing remark, such as <c>Invited feature paper</c>, or <see langword="null"/>.</param>
    internal sealed record CleanCitation(string Text, string? Doi, string? Note)
    {
        /// <summary>An identifier that stands where pages go and no reader would find there, such as <c>arXiv:2104.12345</c>.</summary>
        public string? ArticleId { get; init; }

        /// <summary>The container a remark named: <c>arXiv preprint</c>, or the journal of <c>Submitted to …</c>.</summary>
        public string? Container { get; init; }

        /// <summary>Whether the citation was marked as a data set (<c>[Dataset]</c>), which has no kind of its own and is read as a report.</summary>
        public bool IsDataset { get; init; }

        /// <summary>Whether a label before the citation named a talk or a poster (<c>Poster: </c>): a conference paper, wherever it was given.</summary>
        public bool IsPresentation { get; init; }

        /// <summary>A year typed before the authors (<c>2019 — Xu A, …</c>), read when no other year is printed.</summary>
        public int? LeadingYear { get; init; }

        /// <summary>Whether an ISBN was taken out: what prints one is a book or a part of one.</summary>
        public bool PrintsIsbn { get; init; }

        /// <summary>Whether a link was taken out: with no journal and no volume or pages, the work is a web page.</summary>
        public bool IsOnline { get; init; }
    }
}
