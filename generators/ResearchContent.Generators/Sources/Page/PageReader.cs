using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using ResearchContent.Generators.Diagnostics;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Sources.Collection;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Sources.Page
{
    /// <summary>Reads a content page from the compiler's AdditionalFiles and splits it into entries.</summary>
    internal static class PageReader
    {
        public static bool IsPage(string path) =>
            path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);

        /// <param name="file">The page.</param>
        /// <param name="relativePath">Its path relative to the content root, as the catalog shows it.</param>
        /// <param name="cancellationToken">Cancels the read when the compilation is abandoned.</param>
        public static PageSource Read(AdditionalText file, string relativePath, CancellationToken cancellationToken)
        {
            try
            {
                var text = file.GetText(cancellationToken);
                if (text is null)
                {
                    return Unreadable(file.Path, relativePath, DiagnosticDescriptors.UnreadableFile.Id);
                }

                cancellationToken.ThrowIfCancellationRequested();
                var content = text.ToString();
                if (CollectionFile.IsCollectionPath(relativePath) || CollectionFile.DeclaresCollection(content))
                {
                    // One publication of an academicpages collection, which the collection reader reads: no page.
                    return new PageSource(file.Path, relativePath, FrontMatter.Empty, EquatableArray<EntrySource>.Empty, FileLines.Empty, EquatableArray<DiagnosticInfo>.Empty)
                    {
                        IsCollectionFile = true,
                    };
                }

                return PageSplitter.Split(file.Path, relativePath, content, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                return Unreadable(file.Path, relativePath, DiagnosticDescriptors.UnexpectedFailure.Id, FailureMessage.Of(exception));
            }
        }

        private static PageSource Unreadable(string path, string relativePath, string id, params string[] arguments) => new(
            path,
            relativePath,
            FrontMatter.Empty,
            EquatableArray<EntrySource>.Empty,
            FileLines.Empty,
            new[] { new DiagnosticInfo(id, path, 0, 0, 0, 0, 0, 0, arguments.ToEquatableArray()) }.ToEquatableArray());
    }
}
