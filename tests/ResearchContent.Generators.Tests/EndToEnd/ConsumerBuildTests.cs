using System;
using System.IO;
using Xunit;

namespace ResearchContent.Generators.Tests.EndToEnd
{
    /// <summary>
    /// Builds a real consumer project by the reference-consumer recipe with <c>dotnet build</c>, and runs it:
    /// the generator and its own dependencies must reach the compiler through a ProjectReference alone.
    /// </summary>
    [Collection(DotnetCliCollection.Name)]
    public sealed class ConsumerBuildTests : IDisposable
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

        private readonly string _directory = Path.Combine(Path.GetTempPath(), "rc-consumer-" + Guid.NewGuid().ToString("N"));

        public void Dispose()
        {
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (IOException)
            {
            }
        }

        [Fact]
        public void A_consumer_builds_against_the_reference_page_and_runs()
        {
            var reference = File.ReadAllText(Path.Combine(DotnetCli.RepositoryRoot, "content", "publications.md"));
            CreateConsumer(reference);

            var build = DotnetCli.Run(_directory, "build", "-nologo", "-nodeReuse:false", "-p:UseSharedCompilation=false");
            Assert.True(build.ExitCode == 0, build.Output);
            Assert.Contains("content/publications.md(34,67): warning RC2002", build.Output.Replace('\\', '/'));

            var run = DotnetCli.Run(_directory, "bin/Debug/net10.0/Consumer.dll");
            Assert.True(run.ExitCode == 0, run.Output);
            Assert.Contains("count=4", run.Output);
            Assert.Contains("title=Selective Kernel Res-Attention UNet: Deep Learning for Generating Decorrelation Mask with Applications to TanDEM-X Interferograms", run.Output);
            Assert.Contains("zh=由2019年Ridgecrest地震序列引起的地表小裂隙:基于三维同震位移和单轴加载岩石实验的研究", run.Output);
            Assert.Contains("doi=10.1029/2020GL090206", run.Output);
            Assert.Contains("page=/publications/", run.Output);
            Assert.Contains("path=content/publications.md line=39", run.Output);
        }

        [Fact]
        public void Broken_content_fails_the_build_at_its_line_and_column()
        {
            var reference = File.ReadAllText(Path.Combine(DotnetCli.RepositoryRoot, "content", "publications.md"));
            CreateConsumer(reference.Replace("https://ieeexplore.ieee.org/document/9516966", "javascript:alert(1)"));

            var build = DotnetCli.Run(_directory, "build", "-nologo", "-nodeReuse:false", "-p:UseSharedCompilation=false");

            Assert.NotEqual(0, build.ExitCode);
            Assert.Contains("content/publications.md(11,8): error RC1011: The link 'javascript:alert(1)' is not an http(s) address.", build.Output.Replace('\\', '/'));
        }

        [Fact]
        public void Severities_follow_a_global_config_and_WarningsAsErrors()
        {
            var reference = File.ReadAllText(Path.Combine(DotnetCli.RepositoryRoot, "content", "publications.md"));
            CreateConsumer(reference, "<WarningsAsErrors>RC2002</WarningsAsErrors>");
            File.WriteAllText(Path.Combine(_directory, ".globalconfig"), "is_global = true\ndotnet_diagnostic.RC2001.severity = none\n");

            var build = DotnetCli.Run(_directory, "build", "-nologo", "-nodeReuse:false", "-p:UseSharedCompilation=false");

            Assert.NotEqual(0, build.ExitCode);
            Assert.Contains("content/publications.md(34,67): error RC2002", build.Output.Replace('\\', '/'));
            Assert.DoesNotContain("RC2001", build.Output);
        }

        private void CreateConsumer(string page, string properties = "")
        {
            var root = DotnetCli.RepositoryRoot;
            Directory.CreateDirectory(Path.Combine(_directory, "content"));
            File.WriteAllText(Path.Combine(_directory, "content", "publications.md"), page);
            File.WriteAllText(Path.Combine(_directory, "Program.cs"), Program);
            File.WriteAllText(Path.Combine(_directory, "Consumer.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
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
    }
}
