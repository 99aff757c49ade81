using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Xunit;

namespace ResearchContent.Generators.Tests.EndToEnd
{
    /// <summary>
    /// The one NuGet package, ResearchContent, as a user meets it: packed from src/ResearchContent, added to a new
    /// console app with <c>dotnet add package</c>, and its content found by convention (docs/packaging.md).
    /// </summary>
    [Collection(DotnetCliCollection.Name)]
    public sealed class PackageConsumerTests : IClassFixture<PackedPackage>
    {
        private readonly PackedPackage _package;

        public PackageConsumerTests(PackedPackage package) => _package = package;

        [Fact]
        public void The_package_holds_the_runtime_the_generator_with_its_dependencies_and_the_MSBuild_defaults()
        {
            Assert.True(_package.Pack.ExitCode == 0, _package.Pack.Output);
            using var package = ZipFile.OpenRead(_package.PackagePath);

            // Everything but NuGet's own bookkeeping.
            var files = package.Entries.Select(e => e.FullName)
                .Where(n => !n.StartsWith("_rels/", StringComparison.Ordinal) && !n.StartsWith("package/", StringComparison.Ordinal)
                    && n != "[Content_Types].xml" && n != "ResearchContent.nuspec")
                .OrderBy(n => n, StringComparer.Ordinal);
            Assert.Equal(
                new[]
                {
                    "LICENSE",
                    "README.md",
                    "analyzers/dotnet/cs/HtmlAgilityPack.dll",
                    "analyzers/dotnet/cs/Markdig.dll",
                    "analyzers/dotnet/cs/ResearchContent.Generators.dll",
                    "analyzers/dotnet/cs/YamlDotNet.dll",
                    "buildTransitive/ResearchContent.Recompile.targets",
                    "buildTransitive/ResearchContent.props",
                    "buildTransitive/ResearchContent.targets",
                    "icon.png",
                    "lib/net10.0/ResearchContent.dll",
                    "lib/net10.0/ResearchContent.xml",
                    "lib/netstandard2.0/ResearchContent.dll",
                    "lib/netstandard2.0/ResearchContent.xml",
                },
                files);

            using var symbols = ZipFile.OpenRead(_package.SymbolPackagePath);
            Assert.Contains(symbols.Entries, e => e.FullName == "lib/net10.0/ResearchContent.pdb");
        }

        [Fact]
        public void Packing_again_from_a_clean_build_gives_the_same_assemblies_byte_for_byte()
        {
            Assert.True(_package.Pack.ExitCode == 0, _package.Pack.Output);
            var feed = Path.Combine(Path.GetDirectoryName(_package.Feed)!, "feed-again");

            var again = _package.PackAgain(feed);

            Assert.True(again.ExitCode == 0, again.Output);
            using var first = ZipFile.OpenRead(_package.PackagePath);
            using var second = ZipFile.OpenRead(_package.PackageIn(feed));
            var assemblies = first.Entries.Where(e => e.FullName.EndsWith(".dll", StringComparison.Ordinal)).ToArray();
            Assert.Equal(6, assemblies.Length);
            foreach (var entry in assemblies)
            {
                Assert.True(Bytes(entry).AsSpan().SequenceEqual(Bytes(second.GetEntry(entry.FullName)!)), entry.FullName + " differs between two packs");
            }
        }

        [Fact]
        public void The_nuspec_names_System_Memory_alone_as_a_dependency_and_the_repository_commit()
        {
            Assert.True(_package.Pack.ExitCode == 0, _package.Pack.Output);
            using var package = ZipFile.OpenRead(_package.PackagePath);
            using var stream = package.GetEntry("ResearchContent.nuspec")!.Open();
            var metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
            string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

            Assert.Equal("ResearchContent", Value("id"));
            Assert.Equal(_package.Version, Value("version"));
            Assert.Equal("MIT", Value("license"));
            Assert.Equal("icon.png", Value("icon"));
            Assert.Equal("README.md", Value("readme"));

            // The generator's own dependencies travel inside the package, never as dependencies of it.
            var dependencies = metadata.Descendants().Where(e => e.Name.LocalName == "dependency")
                .Select(e => (Framework: (string?)e.Parent!.Attribute("targetFramework"), Id: (string?)e.Attribute("id")));
            Assert.Equal(new[] { ((string?)".NETStandard2.0", (string?)"System.Memory") }, dependencies);

            var repository = metadata.Elements().Single(e => e.Name.LocalName == "repository");
            Assert.Equal("https://github.com/researchcontent/researchcontent", (string?)repository.Attribute("url"));
            Assert.Matches(new Regex("^[0-9a-f]{40}$"), (string?)repository.Attribute("commit") ?? string.Empty);
        }

        /// <summary>
        /// The reference page in content/, a collection file in _publications/, a BibTeX file in _bibliography/ and an
        /// image in content/images/, with no line of MSBuild for any of them; and the project's own
        /// <c>AdditionalFiles Include="content/**/*"</c> adds nothing twice (a page compiled twice would double its papers).
        /// </summary>
        [Fact]
        public void A_console_app_that_adds_the_package_compiles_its_content_by_convention()
        {
            var (build, run) = BuildAndRun();

            Assert.Contains("content/publications.md(34,67): warning RC2002", build);
            Assert.Contains("RC2001: The image '/images/xuandong.png'", build);
            Assert.DoesNotContain("RC2001: The image '/images/zhangqi.png'", build);
            Assert.Contains("count=6", run);
            Assert.Contains("luo=Deriving centimeter-level coseismic deformation and fault geometries of small-to-moderate earthquakes from time-series Sentinel-1 SAR images in Frontiers in Earth Science", run);
            Assert.Contains(" Article " + PackageConsumer.CollectionFile, run);
            Assert.Contains("li2023unwrapping Thesis " + PackageConsumer.BibTeXFile, run);
        }

        /// <summary>With <c>ResearchContentIncludeDefaultContent=false</c> the catalog is the project's own AdditionalFiles alone.</summary>
        [Fact]
        public void Turning_the_defaults_off_leaves_only_the_projects_own_AdditionalFiles()
        {
            var (_, run) = BuildAndRun("-p:ResearchContentIncludeDefaultContent=false");

            Assert.Contains("count=4", run);
            Assert.DoesNotContain(PackageConsumer.CollectionFile, run);
            Assert.DoesNotContain(PackageConsumer.BibTeXFile, run);
        }

        [Fact]
        public void ResearchContentFolders_chooses_the_folders_besides_the_projects_own_AdditionalFiles()
        {
            var consumer = Consumer();

            Assert.Equal(
                new[] { PackageConsumer.BibTeXFile, PackageConsumer.Image, "content/publications.md" },
                consumer.AdditionalFiles("-p:ResearchContentFolders=./_bibliography/"));
        }

        /// <summary>The package makes ResearchContentRoot compiler-visible and whole: the project only names the folder.</summary>
        [Fact]
        public void ResearchContentRoot_set_by_the_project_reaches_the_generator()
        {
            var (_, run) = BuildAndRun("-p:ResearchContentRoot=content");

            Assert.Contains("li2023unwrapping Thesis ../" + PackageConsumer.BibTeXFile, run);
        }

        /// <summary>
        /// Builds the consumer with <paramref name="arguments"/> and runs it; both must succeed. Each test builds before
        /// it runs, so the tests that share the consumer may run in any order.
        /// </summary>
        /// <returns>The build's output, with '/' separators, and the program's.</returns>
        private (string Build, string Run) BuildAndRun(params string[] arguments)
        {
            var consumer = Consumer();
            var build = consumer.Build(arguments);
            Assert.True(build.ExitCode == 0, build.Output);
            var run = consumer.Run();
            Assert.True(run.ExitCode == 0, run.Output);
            return (build.Output.Replace('\\', '/'), run.Output);
        }

        private PackageConsumer Consumer()
        {
            Assert.True(_package.Pack.ExitCode == 0, _package.Pack.Output);
            var consumer = _package.Consumer;
            Assert.True(consumer.SetupFailure is null, consumer.SetupFailure);
            return consumer;
        }

        private static byte[] Bytes(ZipArchiveEntry entry)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }
    }
}
