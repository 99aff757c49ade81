using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ResearchContent.Generators.Pipeline;

namespace ResearchContent.Generators.Tests.Infrastructure
{
    /// <summary>
    /// Runs the generator the way the compiler does: a C# compilation, content files as AdditionalFiles, and
    /// the project folder as a global option. Keeps the driver so that tests can run it again after an edit.
    /// </summary>
    public sealed class GeneratorHarness
    {
        public const string ProjectDir = "/project/";

        public const string DefaultConsumer = "namespace Consumer { /// <summary>A type of the consumer's own.</summary>\n public static class Marker { } }";

        /// <summary>As with GenerateDocumentationFile: missing or malformed XML docs are reported.</summary>
        public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

        private readonly List<AdditionalText> _texts;
        private GeneratorDriver _driver;
        private CSharpCompilation _compilation;

        public GeneratorHarness(IEnumerable<AdditionalText> files, string consumerSource = DefaultConsumer)
        {
            _texts = files.ToList();
            _compilation = CSharpCompilation.Create(
                "Consumer",
                new[] { CSharpSyntaxTree.ParseText(consumerSource, ParseOptions, path: ProjectDir + "Program.cs") },
                References,
                new CSharpCompilationOptions(
                    OutputKind.DynamicallyLinkedLibrary,
                    nullableContextOptions: NullableContextOptions.Enable,
                    deterministic: true,
                    warningLevel: 9999));
            _driver = CSharpGeneratorDriver.Create(
                new[] { new CatalogGenerator().AsSourceGenerator() },
                _texts,
                ParseOptions,
                new BuildProperties(new Dictionary<string, string> { ["build_property.ProjectDir"] = ProjectDir }),
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        }

        public static IReadOnlyList<MetadataReference> References { get; } =
            Net100.References.All.Cast<MetadataReference>()
                .Append(MetadataReference.CreateFromFile(typeof(Publication).Assembly.Location))
                .ToArray();

        /// <summary>The consumer compilation, before the generator adds its source.</summary>
        public CSharpCompilation Compilation => _compilation;

        public static string ReferencePage => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Reference", "publications.md"));

        public static GeneratorHarness ForPage(string markdown, params string[] otherFiles) => ForPages(new[] { ("content/publications.md", markdown) }, otherFiles);

        public static GeneratorHarness ForPages(IEnumerable<(string Path, string Markdown)> pages, params string[] otherFiles) =>
            new(pages.Select(p => (AdditionalText)new InMemoryAdditionalText(ProjectDir + p.Path, p.Markdown))
                .Concat(otherFiles.Select(f => new InMemoryAdditionalText(ProjectDir + f, string.Empty))));

        /// <summary>A project whose content is any mix of pages, collection files, BibTeX files and <c>_config.yml</c>.</summary>
        public static GeneratorHarness ForFiles(params (string Path, string Text)[] files) =>
            new(files.Select(f => (AdditionalText)new InMemoryAdditionalText(ProjectDir + f.Path, f.Text)));

        public GeneratorRun Run() => Run(CancellationToken.None);

        /// <summary>Runs the generator as a build does, with the token the compiler passes; the driver is kept only when the run finishes.</summary>
        public GeneratorRun Run(CancellationToken cancellationToken)
        {
            _driver = _driver.RunGeneratorsAndUpdateCompilation(_compilation, out var output, out var diagnostics, cancellationToken);
            return new GeneratorRun(_driver.GetRunResult(), (CSharpCompilation)output, diagnostics);
        }

        /// <summary>Replaces a content file with new text, as an edit in the IDE does.</summary>
        public void ReplaceFile(string path, string text)
        {
            var index = _texts.FindIndex(t => t.Path == ProjectDir + path);
            var replacement = new InMemoryAdditionalText(ProjectDir + path, text);
            _driver = _driver.ReplaceAdditionalText(_texts[index], replacement);
            _texts[index] = replacement;
        }

        public void AddSyntaxTree(string source, string path) =>
            _compilation = _compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(source, ParseOptions, path: ProjectDir + path));
    }
}
