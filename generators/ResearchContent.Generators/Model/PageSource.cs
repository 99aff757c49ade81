using ResearchContent.Generators.Diagnostics;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Model
{
    /// <summary>A content page split into its front matter and entries, before any entry is parsed.</summary>
    /// <param name="FilePath">The path the compiler knows the file by; diagnostics point there.</param>
    /// <param name="RelativePath">The path relative to the content root, with <c>/</c> separators.</param>
    /// <param name="Lines">The file's lines as written, to locate diagnostics.</param>
    internal sealed record PageSource(
        string FilePath,
        string RelativePath,
        FrontMatter FrontMatter,
        EquatableArray<EntrySource> Entries,
        FileLines Lines,
        EquatableArray<DiagnosticInfo> Diagnostics)
    {
        /// <summary>Whether the file is an academicpages collection file (in <c>_publications/</c>, or <c>collection: publications</c>), read as one publication and not as a page.</summary>
        public bool IsCollectionFile { get; init; }
    }
}
