namespace ResearchContent.Generators.Sources.Collection
{
    /// <summary>The front-matter names the reader gives a meaning; every other name is kept as a field, as written.</summary>
    internal static class CollectionFieldNames
    {
        public const string Title = "title";
        public const string Date = "date";
        public const string Year = "year";
        public const string Venue = "venue";
        public const string Excerpt = "excerpt";
        public const string Abstract = "abstract";
        public const string Citation = "citation";
        public const string Permalink = "permalink";
        public const string Category = "category";
        public const string Key = "key";
        public const string Doi = "doi";

        /// <summary>Says which collection the file belongs to: structure, not a fact about the paper.</summary>
        public const string Collection = "collection";

        /// <summary>Jekyll's <c>published: false</c>: the site leaves the file out, and so does the reader.</summary>
        public const string Published = "published";

        /// <summary>The author list some sites add (<c>authors</c>) or the markdown generator writes (<c>author</c>).</summary>
        public const string Authors = "authors";

        public const string Author = "author";
    }
}
