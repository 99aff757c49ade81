namespace ResearchContent.Generators.Model
{
    /// <summary>
    /// The kind of a cited work, as the citation shows it: GB/T 7714's <c>[J]</c>, <c>[C]</c>, <c>[M]</c>,
    /// <c>[D]</c>, <c>[R]</c>, or words such as <c>Proceedings</c>, <c>Doctoral dissertation</c> and <c>In: … (eds)</c>.
    /// </summary>
    internal enum PublicationKind
    {
        Article,
        Conference,
        Book,
        Chapter,
        Thesis,
        Report,

        /// <summary>A preprint: arXiv, EarthArXiv, ESSOAr, a BibTeX <c>@unpublished</c> or <c>@misc</c> with an e-print.</summary>
        Preprint,

        /// <summary>Anything else a source names: a talk, a poster, a data set, software.</summary>
        Other,
    }
}
