namespace ResearchContent.Generators.Pipeline
{
    /// <summary>The names of the pipeline's steps, which tests read from the generator driver's step tracking.</summary>
    internal static class TrackingNames
    {
        public const string ContentRoot = nameof(ContentRoot);
        public const string Pages = nameof(Pages);
        public const string EntryTexts = nameof(EntryTexts);
        public const string ParsedEntries = nameof(ParsedEntries);
        public const string CheckedEntries = nameof(CheckedEntries);
        public const string ContentFiles = nameof(ContentFiles);
        public const string SiteConfig = nameof(SiteConfig);
        public const string SourceFiles = nameof(SourceFiles);
        public const string Catalog = nameof(Catalog);
        public const string CatalogIndex = nameof(CatalogIndex);
        public const string Publications = nameof(Publications);
        public const string ContentDiagnostics = nameof(ContentDiagnostics);
        public const string Diagnostics = nameof(Diagnostics);
    }
}
