namespace ResearchContent.Generators.Model
{
    /// <summary>The three forms in which research groups keep their publications.</summary>
    internal enum SourceFormat
    {
        /// <summary>A hand-written Markdown page of labelled entries, such as <c>publications.md</c>.</summary>
        Page,

        /// <summary>An academicpages collection: one Markdown file per paper with YAML front matter, in <c>_publications/</c>.</summary>
        Collection,

        /// <summary>A BibTeX file, as al-folio and jekyll-scholar keep it in <c>_bibliography/papers.bib</c>.</summary>
        BibTeX,
    }
}
