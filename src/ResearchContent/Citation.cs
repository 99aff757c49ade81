namespace ResearchContent
{
    /// <summary>The citation of a publication, as the page links it.</summary>
    public sealed class Citation
    {
        /// <summary>The full citation as plain text: entities decoded, tags stripped, whitespace collapsed.</summary>
        public string Text { get; init; } = string.Empty;

        /// <summary>The link exactly as written, such as <c>https://doi.org/10.3389/feart.2021.672809</c>.</summary>
        public string Url { get; init; } = string.Empty;

        /// <summary>
        /// The bare DOI, such as <c>10.3389/feart.2021.672809</c>: the link's when it is a doi.org link, else the one printed in
        /// the citation text (<c>doi: 10.…</c>, <c>https://doi.org/10.…</c>); otherwise <see langword="null"/>.
        /// </summary>
        public string? Doi { get; init; }

        /// <summary>The canonical DOI link, <c>https://doi.org/</c> followed by <see cref="Doi"/>, or <see langword="null"/>.</summary>
        public string? DoiUrl => Doi is null ? null : DoiLink.For(Doi);

        /// <summary>The authors in the order printed; empty when the citation's author list could not be read.</summary>
        public System.Collections.Generic.IReadOnlyList<Author> Authors { get; init; } = System.Array.Empty<Author>();

        /// <summary>Whether the printed author list ends in <c>et al.</c>, so <see cref="Authors"/> does not name everyone.</summary>
        public bool AuthorsTruncated { get; init; }

        /// <summary>The year printed in the citation, or <see langword="null"/> when it could not be read.</summary>
        public int? Year { get; init; }

        /// <summary>The article title as the citation prints it, or <see langword="null"/> when it could not be read.</summary>
        public string? Title { get; init; }

        /// <summary>
        /// The journal as printed, such as <c>Geophysical Research Letters</c> or <c>IEEE J. Sel. Top. Appl. Earth Obs. Remote Sens.</c>;
        /// for other kinds the proceedings or meeting, the book a chapter is in, a thesis's university or a report's issuing
        /// body, and <see langword="null"/> for a whole book.
        /// </summary>
        public string? Container { get; init; }

        /// <summary>The volume, such as <c>47</c>.</summary>
        public string? Volume { get; init; }

        /// <summary>The issue, such as <c>18</c> or <c>June</c>.</summary>
        public string? Issue { get; init; }

        /// <summary>The page range as printed, such as <c>8537–8551</c>.</summary>
        public string? Pages { get; init; }

        /// <summary>The article number printed instead of pages, such as <c>e2020GL090206</c>.</summary>
        public string? ArticleNumber { get; init; }

        /// <summary>The kind of work the citation cites: a journal article unless it says otherwise.</summary>
        public PublicationKind Kind { get; init; }

        /// <summary>A remark printed after the citation, such as <c>Invited feature paper</c> or <c>in Chinese</c>, or <see langword="null"/>.</summary>
        public string? Note { get; init; }

        /// <summary>The citation text.</summary>
        /// <returns>The citation text.</returns>
        public override string ToString() => Text;
    }
}
