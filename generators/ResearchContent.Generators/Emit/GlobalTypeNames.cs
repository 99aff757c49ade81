namespace ResearchContent.Generators.Emit
{
    /// <summary>
    /// The fully qualified names the generated code uses. <c>global::</c> keeps them from binding to a type of the
    /// consumer's own that happens to have the same name.
    /// </summary>
    internal static class GlobalTypeNames
    {
        public const string Publication = "global::ResearchContent.Publication";
        public const string Page = "global::ResearchContent.Page";
        public const string ContentDiagnostic = "global::ResearchContent.ContentDiagnostic";
        public const string Citation = "global::ResearchContent.Citation";
        public const string Author = "global::ResearchContent.Author";
        public const string Figure = "global::ResearchContent.Figure";
        public const string Link = "global::ResearchContent.Link";
        public const string Field = "global::ResearchContent.Field";
        public const string PublicationKind = "global::ResearchContent.PublicationKind";
        public const string LocalizedText = "global::ResearchContent.LocalizedText";
        public const string SourceLocation = "global::ResearchContent.SourceLocation";
        public const string CatalogStorage = "global::ResearchContent.Storage.CatalogStorage";

        public const string ReadOnlyList = "global::System.Collections.Generic.IReadOnlyList";
        public const string Dictionary = "global::System.Collections.Generic.Dictionary";
        public const string ReadOnlyDictionary = "global::System.Collections.ObjectModel.ReadOnlyDictionary";
        public const string Array = "global::System.Array";
        public const string ReadOnlySpan = "global::System.ReadOnlySpan";
        public const string ArgumentOutOfRangeException = "global::System.ArgumentOutOfRangeException";
        public const string Volatile = "global::System.Threading.Volatile";
        public const string Interlocked = "global::System.Threading.Interlocked";
        public const string GeneratedCodeAttribute = "global::System.CodeDom.Compiler.GeneratedCode";
        public const string NotNullWhenAttribute = "global::System.Diagnostics.CodeAnalysis.NotNullWhen";
    }
}
