using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ResearchContent.Generators.Tests.EndToEnd
{
    /// <summary>
    /// A console app made as a user makes one: <c>dotnet new console</c>, <c>dotnet add package ResearchContent</c>,
    /// content files dropped into the conventional folders, and a program that prints the catalog. Its project also
    /// keeps the line of the two-package recipe, <c>&lt;AdditionalFiles Include="content/**/*" /&gt;</c>, as an
    /// upgraded project would: the package must not add those files a second time.
    /// </summary>
    internal sealed class PackageConsumer
    {
        /// <summary>A collection file in an academicpages site's own folder, at the project's root.</summary>
        public const string CollectionFile = "_publications/2017-gorkha-aftershocks.md";

        /// <summary>An al-folio bibliography, at the project's root.</summary>
        public const string BibTeXFile = "_bibliography/papers.bib";

        /// <summary>An image a figure of the reference page shows (<c>/images/zhangqi.png</c>), under content/.</summary>
        public const string Image = "content/images/zhangqi.png";

        private const string Program = """
            using ResearchContent;

            Console.OutputEncoding = System.Text.Encoding.UTF8;
            Console.WriteLine($"count={ResearchCatalog.Publications.Count}");
            Console.WriteLine($"luo={ResearchCatalog.Luo2021Deriving.Title.En} in {ResearchCatalog.Luo2021Deriving.Citation.Container}");
            foreach (var publication in ResearchCatalog.Publications)
            {
                Console.WriteLine($"{publication.Key} {publication.Kind} {publication.Source.Path}");
            }
            """;

        private readonly List<DotnetCli.Result> _steps = new();

        public PackageConsumer(string folder, string feed, string version, string packages)
        {
            Folder = folder;
            Directory.CreateDirectory(folder);
            if (!Step("new", "console", "--framework", "net10.0", "--name", "Consumer", "--output", ".", "--no-restore"))
            {
                return;
            }

            // The local feed is added to the machine's own package sources, not in their place, as a user's
            // nuget.config would; the packages folder of its own keeps the test's versions out of the user's cache.
            File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <config>
                    <add key="globalPackagesFolder" value="{packages}" />
                  </config>
                  <packageSources>
                    <add key="researchcontent-e2e" value="{feed}" />
                  </packageSources>
                </configuration>
                """);
            if (!Step("add", "package", "ResearchContent", "--version", version))
            {
                return;
            }

            var project = Path.Combine(folder, "Consumer.csproj");
            File.WriteAllText(project, File.ReadAllText(project).Replace(
                "</Project>", "  <ItemGroup>\n    <AdditionalFiles Include=\"content/**/*\" />\n  </ItemGroup>\n</Project>", System.StringComparison.Ordinal));
            var root = DotnetCli.RepositoryRoot;
            Write("content/publications.md", File.ReadAllText(Path.Combine(root, "content", "publications.md")));
            File.Copy(Path.Combine(root, "src", "ResearchContent", "Package", "icon.png"), Write(Image, string.Empty), overwrite: true);
            Write(CollectionFile, """
                ---
                title: "Aftershocks of the 2015 Gorkha earthquake from InSAR time series"
                collection: publications
                date: 2017-03-01
                venue: 'Journal of Geophysical Research: Solid Earth'
                citation: 'Chen, L., & Sun, J. (2017). Aftershocks of the 2015 Gorkha earthquake from InSAR time series. <i>Journal of Geophysical Research: Solid Earth</i>, 122, 2100-2115.'
                ---
                """);
            Write(BibTeXFile, """
                @mastersthesis{li2023unwrapping,
                  title = {Phase unwrapping for {InSAR} time series},
                  author = {Li, Wei},
                  school = {Southern University of Science and Technology},
                  year = {2023},
                }
                """);
            Write("Program.cs", Program);
        }

        public string Folder { get; }

        /// <summary>The output of the first step that failed (<c>dotnet new</c>, <c>dotnet add package</c>), or null.</summary>
        public string? SetupFailure => _steps.Where(s => s.ExitCode != 0).Select(s => s.Output).FirstOrDefault();

        /// <summary>Runs <c>dotnet build</c> with the compiler in a process of the build's own, as the other consumers do.</summary>
        public DotnetCli.Result Build(params string[] arguments) =>
            DotnetCli.Run(Folder, new[] { "build", "-nologo", "-nodeReuse:false", "-p:UseSharedCompilation=false" }.Concat(arguments).ToArray());

        public DotnetCli.Result Run() => DotnetCli.Run(Folder, "bin/Debug/net10.0/Consumer.dll");

        /// <summary>The AdditionalFiles the project's evaluation yields, relative to the project, with '/' separators.</summary>
        public string[] AdditionalFiles(params string[] properties)
        {
            var evaluation = DotnetCli.Run(Folder, new[] { "msbuild", "-nologo", "-getItem:AdditionalFiles" }.Concat(properties).ToArray());
            return System.Text.Json.JsonDocument.Parse(evaluation.Output).RootElement.GetProperty("Items").GetProperty("AdditionalFiles")
                .EnumerateArray()
                .Select(item => item.GetProperty("Identity").GetString()!.Replace('\\', '/'))
                .OrderBy(path => path, System.StringComparer.Ordinal)
                .ToArray();
        }

        private bool Step(params string[] arguments)
        {
            var result = DotnetCli.Run(Folder, arguments);
            _steps.Add(result);
            return result.ExitCode == 0;
        }

        private string Write(string relativePath, string text)
        {
            var path = Path.Combine(Folder, relativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
            return path;
        }
    }
}
