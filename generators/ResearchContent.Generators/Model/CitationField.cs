namespace ResearchContent.Generators.Model
{
    /// <summary>A field of a citation that <see cref="ParsedCitation.Unparsed"/> can name.</summary>
    internal enum CitationField
    {
        Authors,
        Year,
        Title,

        /// <summary>The journal, book or proceedings.</summary>
        Container,

        /// <summary>The part after the container held text that is no volume, issue, page range or article number.</summary>
        VolumeIssuePages,
    }
}
