namespace ResearchContent.Generators.Model
{
    /// <summary>The names of citation fields as diagnostics show them to the person who wrote the citation.</summary>
    internal static class CitationFieldNames
    {
        public static string Of(CitationField field) => field switch
        {
            CitationField.Authors => "authors",
            CitationField.Year => "year",
            CitationField.Title => "title",
            CitationField.Container => "container",
            _ => "volume/issue/pages",
        };
    }
}
