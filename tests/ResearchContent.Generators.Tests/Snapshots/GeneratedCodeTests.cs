using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using ApprovalTests;
using ApprovalTests.Namers;
using ApprovalTests.Reporters;
using Microsoft.CodeAnalysis;
using ResearchContent.Generators.Tests.Infrastructure;
using Xunit;

namespace ResearchContent.Generators.Tests.Snapshots
{
    /// <summary>
    /// The generated code is an API: its exact text for the reference page is approved, one snapshot per generated file
    /// so that a diff names the file that changed, and it builds cleanly.
    /// </summary>
    [UseReporter(typeof(QuietReporter))]
    public sealed class GeneratedCodeTests
    {
        /// <summary>The files the reference page generates: the shared part of the catalog, its one chunk of publications and its warnings.</summary>
        private static readonly string[] ReferenceHintNames =
        {
            "ResearchCatalog.g.cs",
            "ResearchCatalog.Chunk0.g.cs",
            "ResearchCatalog.Diagnostics.g.cs",
        };

        private static readonly Lazy<GeneratorRun> ReferenceRun = new(() => GeneratorHarness.ForPage(GeneratorHarness.ReferencePage).Run());

        public static TheoryData<string> ReferenceFiles => new(ReferenceHintNames);

        [Theory]
        [MemberData(nameof(ReferenceFiles))]
        public void Reference_page_catalog(string hintName)
        {
            var file = Assert.Single(ReferenceRun.Value.Files, f => f.HintName == hintName);

            // ApprovalTests puts this after the test's name in the snapshot's file name, and clears it once read.
            NamerFactory.AdditionalInformation = hintName;
            Approvals.Verify(file.Text);
        }

        /// <summary>A generated file that appears or vanishes fails here, and so does a snapshot left behind by one.</summary>
        [Fact]
        public void Reference_page_generates_exactly_the_files_that_have_snapshots()
        {
            var expected = ReferenceHintNames.Order(StringComparer.Ordinal);

            Assert.Equal(expected, ReferenceRun.Value.Files.Select(f => f.HintName).Order(StringComparer.Ordinal));
            Assert.Equal(expected, ApprovedSnapshots().Order(StringComparer.Ordinal));
        }

        [Fact]
        public void Generated_code_compiles_with_no_warnings_under_nullable_and_documentation_checks()
        {
            var run = GeneratorHarness.ForPage(GeneratorHarness.ReferencePage).Run();
            var problems = run.Output.GetDiagnostics()
                .Where(d => d.Severity >= DiagnosticSeverity.Warning || d.IsWarningAsError)
                .Select(d => d.ToString())
                .ToArray();
            Assert.Empty(problems);
            Assert.Equal(NullableContextOptions.Enable, run.Output.Options.NullableContextOptions);
        }

        /// <summary>
        /// The compiler hands the generator its AdditionalFiles in the project's item order, which changes with globbing,
        /// file systems and edits to the project file; the generated files, their names and the diagnostics must not.
        /// </summary>
        [Theory]
        [InlineData(1)]
        [InlineData(2)]
        [InlineData(3)]
        [InlineData(20210601)]
        [InlineData(int.MaxValue)]
        public void Generation_does_not_depend_on_the_order_of_the_content_files(int seed)
        {
            var files = PagesAndImages();
            var shuffled = Shuffle(files, seed);
            Assert.NotEqual(files.Select(f => f.Path), shuffled.Select(f => f.Path));

            var expected = new GeneratorHarness(files).Run();
            var actual = new GeneratorHarness(shuffled).Run();

            Assert.Equal(expected.Files, actual.Files);
            Assert.Equal(expected.GeneratorDiagnostics.Select(d => d.ToString()), actual.GeneratorDiagnostics.Select(d => d.ToString()));
        }

        [Fact]
        public void An_empty_project_still_gets_an_empty_catalog_that_compiles()
        {
            var run = new GeneratorHarness(System.Array.Empty<AdditionalText>()).Run();
            Assert.False(run.Fails);
            var catalog = run.Catalog();
            Assert.Empty(catalog.Publications);
            Assert.Empty(catalog.Pages);
            Assert.False(catalog.TryGet("anything", out _));
        }

        [Fact]
        public void Pages_are_ordered_by_path_whatever_order_the_project_lists_them_in()
        {
            var page = GeneratorHarness.ReferencePage;
            var second = page.Replace("<b>2021-#3</b>", "<b>2021-#3</b>\n<!-- key: other2021a -->")
                .Replace("<b>2021-#2</b>", "<b>2021-#2</b>\n<!-- key: other2021b -->")
                .Replace("<b>2021-#1</b>", "<b>2021-#1</b>\n<!-- key: other2021c -->")
                .Replace("<b>2020-#1</b>", "<b>2020-#1</b>\n<!-- key: other2020a -->");
            var forward = GeneratorHarness.ForPages(new[] { ("content/a.md", page), ("content/b.md", second) }).Run();
            var backward = GeneratorHarness.ForPages(new[] { ("content/b.md", second), ("content/a.md", page) }).Run();
            Assert.Equal(forward.Source, backward.Source);
            Assert.Equal(new[] { "content/a.md", "content/b.md" }, forward.Catalog().Pages.Select(p => p.Path));
        }

        /// <summary>
        /// Pages in several folders with figures whose images are partly missing (warnings and content diagnostics) and
        /// partly present, one of them twice under different folders.
        /// </summary>
        private static AdditionalText[] PagesAndImages()
        {
            var pages = new (string Path, string Markdown)[]
            {
                ("content/publications.md", GeneratorHarness.ReferencePage),
                ("content/2020/earlier.md", SyntheticPage.Build(1, 3, "An abstract.", "摘要。")),
                ("content/talks.markdown", SyntheticPage.Build(4, 2, "An abstract.", "摘要。")),
                ("archive/old.md", SyntheticPage.Build(6, 2, "An abstract.", "摘要。")),
            };
            var images = new[]
            {
                "images/zhangqi.png", "images/research_33_1.png", "images/synthetic_1.png", "static/images/synthetic_1.png",
                "images/synthetic_4.png", "images/synthetic_7.png", "content/notes.txt",
            };
            return pages.Select(p => new InMemoryAdditionalText(GeneratorHarness.ProjectDir + p.Path, p.Markdown))
                .Concat(images.Select(i => new InMemoryAdditionalText(GeneratorHarness.ProjectDir + i, string.Empty)))
                .ToArray<AdditionalText>();
        }

        /// <summary>The hint names in this folder's approved files for <see cref="Reference_page_catalog"/>.</summary>
        private static IEnumerable<string> ApprovedSnapshots([CallerFilePath] string thisFile = "")
        {
            const string Prefix = nameof(GeneratedCodeTests) + "." + nameof(Reference_page_catalog) + ".";
            const string Suffix = ".approved.txt";
            return Directory.GetFiles(Path.GetDirectoryName(thisFile)!, Prefix + "*" + Suffix)
                .Select(path => Path.GetFileName(path))
                .Select(name => name.Substring(Prefix.Length, name.Length - Prefix.Length - Suffix.Length));
        }

        private static AdditionalText[] Shuffle(AdditionalText[] files, int seed)
        {
            var random = new Random(seed);
            var shuffled = files.ToArray();
            for (var i = shuffled.Length - 1; i > 0; i--)
            {
                var j = random.Next(i + 1);
                (shuffled[i], shuffled[j]) = (shuffled[j], shuffled[i]);
            }

            return shuffled;
        }
    }
}
