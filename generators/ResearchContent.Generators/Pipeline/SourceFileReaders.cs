using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using ResearchContent.Generators.Diagnostics;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Pipeline
{
    /// <summary>
    /// Which AdditionalFiles are collection files and BibTeX files, and the reader of each. A reader never throws into
    /// the compiler: a failure is RC0002 at the file.
    /// </summary>
    internal static class SourceFileReaders
    {
        private const string CollectionFolder = "_publications";

        /// <summary>Whether a path can hold publications other than a page's: a <c>.bib</c> file or a Markdown file.</summary>
        public static bool MayBeSource(string path) => IsBibTeX(path) || Sources.Page.PageReader.IsPage(path);

        public static bool IsBibTeX(string path) => path.EndsWith(".bib", StringComparison.OrdinalIgnoreCase);

        /// <summary>Whether a Markdown file is an academicpages collection file: in a <c>_publications</c> folder, or declaring <c>collection: publications</c>.</summary>
        public static bool IsCollectionFile(string relativePath, string? collection) =>
            string.Equals(collection, "publications", StringComparison.Ordinal)
            || ("/" + ContentRoot.Normalize(relativePath)).IndexOf("/" + CollectionFolder + "/", StringComparison.Ordinal) >= 0;

        public static bool IsSiteConfig(string path)
        {
            var name = ContentRoot.Normalize(path);
            return name.EndsWith("/_config.yml", StringComparison.Ordinal) || name == "_config.yml";
        }

        public static SiteConfig ReadSiteConfig(AdditionalText file, CancellationToken cancellationToken) => SiteConfig.Empty;

        /// <summary>The categories of every <c>_config.yml</c>, by path so the result does not depend on the file order.</summary>
        public static SiteConfig Combine(ImmutableArray<SiteConfig> configs) => configs.IsDefaultOrEmpty ? SiteConfig.Empty : configs[0];

        /// <returns>The file read, or <see langword="null"/> when it is no source of publications (a page).</returns>
        public static SourceFile? Read(AdditionalText file, string relativePath, SiteConfig config, CancellationToken cancellationToken)
        {
            try
            {
                return null;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                var failure = new DiagnosticInfo(
                    DiagnosticDescriptors.UnexpectedFailure.Id, file.Path, 0, 0, 0, 0, 0, 0, new[] { FailureMessage.Of(exception) }.ToEquatableArray());
                return new SourceFile(file.Path, relativePath, EquatableArray<int>.Empty, EquatableArray<SourcePublication>.Empty, new[] { failure }.ToEquatableArray());
            }
        }
    }
}
