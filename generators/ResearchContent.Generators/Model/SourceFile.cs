using ResearchContent.Generators.Diagnostics;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Model
{
    /// <summary>
    /// A collection file or a BibTeX file, read: its publications and the problems met, each located in the file.
    /// One file is one cached step, so editing one file reads that file alone again.
    /// </summary>
    /// <param name="FilePath">The path the compiler knows the file by.</param>
    /// <param name="RelativePath">The path relative to the content root, with <c>/</c> separators.</param>
    /// <param name="Lines">The file's lines, to turn the merge's field spans into diagnostics.</param>
    internal sealed record SourceFile(
        string FilePath,
        string RelativePath,
        FileLines Lines,
        EquatableArray<SourcePublication> Publications,
        EquatableArray<DiagnosticInfo> Diagnostics);
}
