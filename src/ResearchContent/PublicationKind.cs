namespace ResearchContent
{
    /// <summary>The kind of a work, as its citation or its BibTeX entry type shows it.</summary>
    public enum PublicationKind
    {
        /// <summary>A journal article; the kind when the citation says nothing else.</summary>
        Article,

        /// <summary>A paper or abstract in conference proceedings (GB/T 7714 <c>[C]</c>).</summary>
        Conference,

        /// <summary>A whole book (GB/T 7714 <c>[M]</c>).</summary>
        Book,

        /// <summary>A chapter of a book (GB/T 7714 <c>[M]//</c>, <c>In: … (eds)</c>).</summary>
        Chapter,

        /// <summary>A doctoral or master's thesis (GB/T 7714 <c>[D]</c>).</summary>
        Thesis,

        /// <summary>A technical report (GB/T 7714 <c>[R]</c>), and what is issued like one: a web page, a standard, a data set.</summary>
        Report,

        /// <summary>A preprint: arXiv, EarthArXiv, a BibTeX <c>@unpublished</c>.</summary>
        Preprint,

        /// <summary>Anything else a source names: a talk, a poster, software.</summary>
        Other,
    }
}
