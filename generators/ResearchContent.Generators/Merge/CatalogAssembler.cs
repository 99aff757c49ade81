using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ResearchContent.Generators.Diagnostics;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Primitives;
using ResearchContent.Generators.Validation.Catalog;

namespace ResearchContent.Generators.Merge
{
    /// <summary>
    /// The merge step: joins the parsed entries to their pages, runs the catalog's checks, merges the pages'
    /// publications with the collections' and BibTeX files' (<see cref="SourceMerge"/>) and builds the model the
    /// emitters write. Entry-relative positions become page positions here.
    /// </summary>
    internal static class CatalogAssembler
    {
        public static CatalogBuild Assemble(
            ImmutableArray<ParsedEntry> parsedEntries,
            ImmutableArray<PageSource> pages,
            ImmutableArray<SourceFile> sourceFiles,
            ImmutableArray<string> contentFiles,
            CancellationToken cancellationToken)
        {
            try
            {
                var joined = EntryJoin.Join(parsedEntries, pages);
                var images = new ImageIndex(contentFiles);
                var validation = CatalogValidator.Validate(joined, images, cancellationToken);
                var pagePublications = CatalogModelBuilder.PagePublications(joined, validation, images);
                var publications = SourceMerge.Merge(pagePublications, sourceFiles.IsDefault ? ImmutableArray<SourceFile>.Empty : sourceFiles, images, validation.Diagnostics);
                var catalog = new CatalogModel(
                    CatalogModelBuilder.Pages(joined, publications),
                    publications.ToEquatableArray(),
                    validation.Diagnostics.ContentDiagnostics());
                var diagnostics = validation.Diagnostics.All.ToList();
                if (publications.Count > Emit.GeneratedNames.PropertyLimit)
                {
                    // A catalog-wide fact, not a line's: reported at the start of the first content file.
                    var path = pages.IsDefaultOrEmpty ? (sourceFiles.IsDefaultOrEmpty ? string.Empty : sourceFiles[0].FilePath) : pages[0].FilePath;
                    diagnostics.Add(new DiagnosticInfo(
                        DiagnosticDescriptors.PropertiesLimited.Id, path, 0, 0, 0, 0, 0, 0,
                        new[] { Invariant.Number(publications.Count), Invariant.Number(Emit.GeneratedNames.PropertyLimit) }.ToEquatableArray()));
                }

                return new CatalogBuild(catalog, diagnostics.ToEquatableArray());
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Nothing of a catalog that failed half-way is trusted: the build gets the failure and an empty catalog.
                var path = pages.IsDefaultOrEmpty ? string.Empty : pages[0].FilePath;
                var failure = new DiagnosticInfo(
                    DiagnosticDescriptors.UnexpectedFailure.Id, path, 0, 0, 0, 0, 0, 0, new[] { FailureMessage.Of(exception) }.ToEquatableArray());
                return new CatalogBuild(CatalogModel.Empty, new[] { failure }.ToEquatableArray());
            }
        }
    }
}
