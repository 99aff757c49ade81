using System;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ResearchContent.Generators.Diagnostics;
using ResearchContent.Generators.Emit;
using ResearchContent.Generators.Merge;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Sources.Page.Entries;
using ResearchContent.Generators.Sources.Page;
using ResearchContent.Generators.Validation.Entries;

namespace ResearchContent.Generators.Pipeline
{
    /// <summary>
    /// Compiles the project's content files (AdditionalFiles: publications pages, academicpages collection files,
    /// BibTeX files) into the <c>ResearchCatalog</c> class: readers, then validation, then the merge into one catalog,
    /// then the emitters. Pages are split into entries first, so that editing one entry reads and checks only that
    /// entry again; collection and BibTeX files are read one file at a time.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class CatalogGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var contentRoot = context.AnalyzerConfigOptionsProvider
                .Select(static (options, _) => ContentRoot.From(options.GlobalOptions))
                .WithTrackingName(TrackingNames.ContentRoot);

            // A Markdown file is a page unless it is an academicpages collection file, which is read as one publication.
            var pages = context.AdditionalTextsProvider
                .Where(static file => PageReader.IsPage(file.Path))
                .Combine(contentRoot)
                .Select(static (pair, cancellationToken) => PageReader.Read(pair.Left, ContentRoot.Relative(pair.Left.Path, pair.Right), cancellationToken))
                .Where(static page => !page.IsCollectionFile)
                .WithTrackingName(TrackingNames.Pages);

            // Collection files and BibTeX files, each read on its own: editing one reads that file alone again.
            var siteConfig = context.AdditionalTextsProvider
                .Where(static file => SourceFileReaders.IsSiteConfig(file.Path))
                .Select(static (file, cancellationToken) => SourceFileReaders.ReadSiteConfig(file, cancellationToken))
                .Collect()
                .Select(static (configs, _) => SourceFileReaders.Combine(configs))
                .WithTrackingName(TrackingNames.SiteConfig);

            var sourceFiles = context.AdditionalTextsProvider
                .Where(static file => SourceFileReaders.MayBeSource(file.Path))
                .Combine(contentRoot)
                .Combine(siteConfig)
                .Select(static (input, cancellationToken) => SourceFileReaders.Read(
                    input.Left.Left, ContentRoot.Relative(input.Left.Left.Path, input.Left.Right), input.Right, cancellationToken))
                .Where(static file => file is not null)
                .Select(static (file, _) => file!)
                .WithTrackingName(TrackingNames.SourceFiles);

            var checkedEntries = pages
                .SelectMany(static (page, _) => page.Entries.Select(static entry => entry.Text))
                .WithTrackingName(TrackingNames.EntryTexts)
                .Select(static (text, cancellationToken) => EntryReader.Read(text, cancellationToken))
                .WithTrackingName(TrackingNames.ParsedEntries)
                .Select(static (entry, cancellationToken) => EntryValidator.Validate(entry, cancellationToken))
                .WithTrackingName(TrackingNames.CheckedEntries);

            var contentFiles = context.AdditionalTextsProvider
                .Where(static file => !PageReader.IsPage(file.Path))
                .Select(static (file, _) => ContentRoot.Normalize(file.Path))
                .WithTrackingName(TrackingNames.ContentFiles);

            var catalog = checkedEntries.Collect()
                .Combine(pages.Collect())
                .Combine(sourceFiles.Collect())
                .Combine(contentFiles.Collect())
                .Select(static (input, cancellationToken) => CatalogAssembler.Assemble(
                    input.Left.Left.Left, input.Left.Left.Right, input.Left.Right, input.Right, cancellationToken))
                .WithTrackingName(TrackingNames.Catalog);

            // The shared part, each chunk of publications and the content warnings are separate outputs: an edited
            // entry writes (and the compiler re-parses) only its own chunk's file.
            context.RegisterSourceOutput(
                catalog.Select(static (build, _) => CatalogIndexModel.Of(build.Catalog)).WithTrackingName(TrackingNames.CatalogIndex),
                static (output, model) => AddSource(output, GeneratedNames.CatalogHintName, () => CatalogEmitter.Emit(model)));

            context.RegisterSourceOutput(
                catalog.SelectMany(static (build, _) => CatalogIndexModel.Chunks(build.Catalog)).WithTrackingName(TrackingNames.Publications),
                static (output, chunk) => AddSource(output, GeneratedNames.ChunkHintName(chunk.Index), () => ChunkEmitter.Emit(chunk)));

            context.RegisterSourceOutput(
                catalog.Select(static (build, _) => build.Catalog.ContentDiagnostics).WithTrackingName(TrackingNames.ContentDiagnostics),
                static (output, diagnostics) => AddSource(output, GeneratedNames.DiagnosticsHintName, () => ContentDiagnosticListEmitter.Emit(diagnostics)));

            // Every diagnostic, from every stage, is reported here and nowhere else.
            context.RegisterSourceOutput(
                catalog.Select(static (build, _) => build.Diagnostics).WithTrackingName(TrackingNames.Diagnostics),
                static (output, diagnostics) =>
                {
                    foreach (var diagnostic in diagnostics)
                    {
                        output.ReportDiagnostic(diagnostic.ToDiagnostic());
                    }
                });
        }

        /// <summary>Adds a generated file; a failure to write it becomes RC0002 rather than an exception in the compiler.</summary>
        private static void AddSource(SourceProductionContext output, string hintName, Func<string> emit)
        {
            try
            {
                output.AddSource(hintName, SourceText.From(emit(), Encoding.UTF8));
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                output.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.UnexpectedFailure, Location.None, hintName + ": " + FailureMessage.Of(exception)));
            }
        }
    }
}
