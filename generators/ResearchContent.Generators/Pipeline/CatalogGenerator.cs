using System;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ResearchContent.Generators.Diagnostics;
using ResearchContent.Generators.Emit;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Parsing;

namespace ResearchContent.Generators.Pipeline
{
    /// <summary>
    /// Compiles the project's Markdown content files (AdditionalFiles) into the <c>ResearchCatalog</c> class.
    /// Pages are split into entries first, so that editing one entry re-parses only that entry.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class CatalogGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var contentRoot = context.AnalyzerConfigOptionsProvider
                .Select((options, _) => ContentRoot.From(options.GlobalOptions))
                .WithTrackingName(TrackingNames.ContentRoot);

            var pages = context.AdditionalTextsProvider
                .Where(static file => IsPage(file.Path))
                .Combine(contentRoot)
                .Select(static (pair, cancellationToken) => ReadPage(pair.Left, pair.Right, cancellationToken))
                .WithTrackingName(TrackingNames.Pages);

            var parsedEntries = pages
                .SelectMany(static (page, _) => page.Entries.Select(static entry => entry.Text))
                .WithTrackingName(TrackingNames.EntryTexts)
                .Select(static (text, _) => EntryParser.Parse(text))
                .WithTrackingName(TrackingNames.ParsedEntries);

            var contentFiles = context.AdditionalTextsProvider
                .Where(static file => !IsPage(file.Path))
                .Select(static (file, _) => ContentRoot.Normalize(file.Path))
                .WithTrackingName(TrackingNames.ContentFiles);

            var catalog = parsedEntries.Collect()
                .Combine(pages.Collect())
                .Combine(contentFiles.Collect())
                .Select(static (input, _) => CatalogAssembler.Assemble(input.Left.Left, input.Left.Right, input.Right))
                .WithTrackingName(TrackingNames.Catalog);

            // The shared part and each publication are separate outputs: an edited entry writes (and the compiler
            // re-parses) only its own file.
            context.RegisterSourceOutput(
                catalog.Select(static (build, _) => CatalogIndexModel.Of(build.Catalog)).WithTrackingName(TrackingNames.CatalogIndex),
                static (output, model) => AddSource(output, CatalogEmitter.HintName, () => CatalogEmitter.Emit(model)));

            context.RegisterSourceOutput(
                catalog.SelectMany(static (build, _) => build.Catalog.Publications.Select(static (publication, index) => new IndexedPublication(index, publication)))
                    .WithTrackingName(TrackingNames.Publications),
                static (output, indexed) => AddSource(output, PublicationWriter.HintName(indexed.Publication), () => PublicationWriter.Emit(indexed)));

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

        private static bool IsPage(string path) =>
            path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);

        private static PageSource ReadPage(AdditionalText file, string root, CancellationToken cancellationToken)
        {
            var relativePath = ContentRoot.Relative(file.Path, root);
            try
            {
                var text = file.GetText(cancellationToken);
                if (text is null)
                {
                    return Unreadable(file.Path, relativePath, DiagnosticDescriptors.UnreadableFile.Id);
                }

                return PageSplitter.Split(file.Path, relativePath, text.ToString());
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
            EquatableArray<int>.Empty,
            new[] { new DiagnosticInfo(id, path, 0, 0, 0, 0, 0, 0, arguments.ToEquatableArray()) }.ToEquatableArray());
    }
}
