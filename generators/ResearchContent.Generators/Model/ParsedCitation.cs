using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Model
{
    /// <summary>
    /// The fields of a free-text journal citation. A field the parser could not find confidently is
    /// <see langword="null"/> (or empty) and named in <see cref="Unparsed"/>; fields a citation legitimately
    /// lacks, such as pages for an article with an article number, are simply <see langword="null"/>.
    /// </summary>
    internal sealed record ParsedCitation
    {
        public static readonly ParsedCitation Unrecognized = new()
        {
            Unparsed = new[] { CitationField.Authors, CitationField.Year, CitationField.Title, CitationField.Container }.ToEquatableArray(),
        };

        public EquatableArray<ParsedAuthor> Authors { get; init; } = EquatableArray<ParsedAuthor>.Empty;

        /// <summary>Whether the author list ended in <c>et al.</c>, so <see cref="Authors"/> is not everyone.</summary>
        public bool AuthorsTruncated { get; init; }

        public int? Year { get; init; }

        public string? Title { get; init; }

        /// <summary>The journal as printed, without the punctuation that separates it from the next field.</summary>
        public string? Container { get; init; }

        public string? Volume { get; init; }

        public string? Issue { get; init; }

        /// <summary>The page range as printed, such as <c>8537–8551</c>.</summary>
        public string? Pages { get; init; }

        /// <summary>An article number (eLocator) printed instead of pages, such as <c>e2020GL090206</c>.</summary>
        public string? ArticleNumber { get; init; }

        /// <summary>The DOI printed in the citation text, bare (<c>10.1029/2020GL090206</c>), whatever form it was printed in.</summary>
        public string? Doi { get; init; }

        /// <summary>What kind of work it is: a journal article unless the citation says otherwise.</summary>
        public PublicationKind Kind { get; init; }

        /// <summary>A remark printed after the citation, such as <c>Invited feature paper</c> or <c>in Chinese</c>.</summary>
        public string? Note { get; init; }

        /// <summary>The fields that could not be found confidently.</summary>
        public EquatableArray<CitationField> Unparsed { get; init; } = EquatableArray<CitationField>.Empty;

        public bool IsComplete => Unparsed.Count == 0;
    }
}
