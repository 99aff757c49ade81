using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using ResearchContent.Generators.Diagnostics;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Primitives;
using ResearchContent.Generators.Sources.BibTeX;
using ResearchContent.Generators.Sources.Collection;

namespace ResearchContent.Generators.Pipeline
{
    /// <summary>
    /// Which AdditionalFiles are collection files, BibTeX files and the site's <c>_config.yml</c>, and the reader of
    /// each. A reader never throws into the compiler: a failure is RC0002 at the file.
    /// </summary>
    internal static class SourceFileReaders
    {
        /// <summary>Whether a path can hold publications other than a page's: a <c>.bib</c> file or a Markdown file.</summary>
        public static bool MayBeSource(string path) => BibTeXFileReader.IsBibTeXFile(path) || Sources.Page.PageReader.IsPage(path);

        public static bool IsSiteConfig(string path)
        {
            var name = ContentRoot.Normalize(path);
            return name.EndsWith("/_config.yml", StringComparison.Ordinal) || name == "_config.yml";
        }

        public static (string Path, CategoryNames Categories) ReadSiteConfig(AdditionalText file, CancellationToken cancellationToken)
        {
            var text = file.GetText(cancellationToken)?.ToString();
            return (ContentRoot.Normalize(file.Path), text is null ? CategoryNames.Empty : SiteConfigReader.Read(text));
        }

        /// <summary>The categories of the site's <c>_config.yml</c>: the one nearest the root (the shortest path), so the result does not depend on the file order.</summary>
        public static CategoryNames Combine(ImmutableArray<(string Path, CategoryNames Categories)> configs) =>
            configs.IsDefaultOrEmpty
                ? CategoryNames.Empty
                : configs.OrderBy(c => c.Path.Length).ThenBy(c => c.Path, StringComparer.Ordinal).First().Categories;

        /// <returns>The file read, or <see langword="null"/> when it is no source of publications (a page).</returns>
        public static SourceFile? Read(AdditionalText file, string relativePath, CategoryNames categories, CancellationToken cancellationToken)
        {
            try
            {
                var text = file.GetText(cancellationToken)?.ToString();
                if (text is null)
                {
                    return BibTeXFileReader.IsBibTeXFile(file.Path) || CollectionFile.IsCollectionPath(relativePath) ? Failure(file.Path, relativePath, DiagnosticDescriptors.UnreadableFile.Id) : null;
                }

                if (BibTeXFileReader.IsBibTeXFile(file.Path))
                {
                    return BibTeXFileReader.Read(file.Path, relativePath, text, cancellationToken);
                }

                return CollectionFile.IsCollectionPath(relativePath) || CollectionFile.DeclaresCollection(text)
                    ? CollectionFileReader.Read(file.Path, relativePath, text, categories, cancellationToken)
                    : null;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                return Failure(file.Path, relativePath, DiagnosticDescriptors.UnexpectedFailure.Id, FailureMessage.Of(exception));
            }
        }

        private static SourceFile Failure(string path, string relativePath, string id, params string[] arguments) => new(
            path,
            relativePath,
            FileLines.Empty,
            EquatableArray<SourcePublication>.Empty,
            new[] { new DiagnosticInfo(id, path, 0, 0, 0, 0, 0, 0, arguments.ToEquatableArray()) }.ToEquatableArray());
    }
}
