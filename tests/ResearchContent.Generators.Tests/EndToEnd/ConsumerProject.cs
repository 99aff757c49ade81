using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ResearchContent.Generators.Tests.EndToEnd
{
    /// <summary>
    /// A consumer project in a temporary folder, made by the reference-consumer recipe: the runtime and the generator
    /// by ProjectReference, the content as AdditionalFiles, and a program that prints values from the catalog.
    /// </summary>
    internal sealed class ConsumerProject : IDisposable
    {
        private const string Program = """
            using ResearchContent;

            System.Console.OutputEncoding = System.Text.Encoding.UTF8;
            System.Console.WriteLine($"count={ResearchCatalog.Publications.Count}");
            System.Console.WriteLine($"title={ResearchCatalog.Zhang2021Selective.Title.En}");
            System.Console.WriteLine($"zh={ResearchCatalog.Xu2021Small.Title.Zh}");
            System.Console.WriteLine($"doi={(ResearchCatalog.TryGet("wang2020space", out var paper) ? paper.Citation.Doi : "none")}");
            System.Console.WriteLine($"page={ResearchCatalog.Pages[0].Permalink}");
            System.Console.WriteLine($"path={ResearchCatalog.Pages[0].Path} line={ResearchCatalog.Luo2021Deriving.Source.Line}");
            """;

        /// <summary>Writes the project with <paramref name="page"/> as content/publications.md and extra MSBuild properties.</summary>
        public ConsumerProject(string page, string properties = "")
            : this(new[] { ("content/publications.md", page) }, Program, properties)
        {
        }

        /// <summary>Writes the project with <paramref name="files"/> (paths relative to the project folder) and a program of its own.</summary>
        /// <param name="folder">Where to write the project; a new temporary folder when null.</param>
        public ConsumerProject(IEnumerable<(string RelativePath, string Text)> files, string program, string properties = "", string? folder = null)
        {
            Folder = folder ?? Path.Combine(Path.GetTempPath(), "rc-consumer-" + Guid.NewGuid().ToString("N"));
            var root = DotnetCli.RepositoryRoot;
            Directory.CreateDirectory(Path.Combine(Folder, "content"));
            foreach (var (relativePath, text) in files)
            {
                var path = Path.Combine(Folder, relativePath);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, text);
            }

            File.WriteAllText(Path.Combine(Folder, "Program.cs"), program);
            File.WriteAllText(Path.Combine(Folder, "Consumer.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <Import Project="{root}/src/ResearchContent/Package/ResearchContent.Recompile.targets" />
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    {properties}
                  </PropertyGroup>
                  <ItemGroup>
                    <ProjectReference Include="{root}/src/ResearchContent/ResearchContent.csproj" />
                    <ProjectReference Include="{root}/generators/ResearchContent.Generators/ResearchContent.Generators.csproj"
                                      OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                    <AdditionalFiles Include="content/**/*" />
                  </ItemGroup>
                </Project>
                """);
        }

        public static string ReferencePage => File.ReadAllText(Path.Combine(DotnetCli.RepositoryRoot, "content", "publications.md"));

        public string Folder { get; }

        /// <summary>
        /// The compiler's own output folder, which holds the assembly and, with EmitCompilerGeneratedFiles, the
        /// generated sources.
        /// </summary>
        public string IntermediateFolder => Path.Combine(Folder, "obj", "Debug", "net10.0");

        /// <summary>
        /// Runs <c>dotnet build</c> without the shared compiler server, so that the compiler, and the generator in it,
        /// run in a process of this build's own.
        /// </summary>
        public DotnetCli.Result Build(params string[] arguments) =>
            DotnetCli.Run(Folder, new[] { "build", "-nologo", "-nodeReuse:false", "-p:UseSharedCompilation=false" }.Concat(arguments).ToArray());

        public DotnetCli.Result Run() => DotnetCli.Run(Folder, "bin/Debug/net10.0/Consumer.dll");

        public void Dispose()
        {
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
