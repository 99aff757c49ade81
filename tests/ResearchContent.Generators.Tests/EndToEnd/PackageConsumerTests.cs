using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using Xunit;

namespace ResearchContent.Generators.Tests.EndToEnd
{
    /// <summary>
    /// Packs the runtime and the generator as NuGet packages, and builds a consumer from them alone: the generator's
    /// dependencies (YamlDotNet, Markdig, HtmlAgilityPack) must travel inside its package.
    /// </summary>
    [Collection(DotnetCliCollection.Name)]
    public sealed class PackageConsumerTests : IDisposable
    {
        private readonly string _directory = Path.Combine(Path.GetTempPath(), "rc-package-" + Guid.NewGuid().ToString("N"));

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
        public void A_consumer_of_the_NuGet_packages_builds_and_runs()
        {
            var root = DotnetCli.RepositoryRoot;
            var feed = Path.Combine(_directory, "feed");
            var version = "0.0.1-e2e" + DateTime.UtcNow.ToString("yyyyMMddHHmmss");
            foreach (var project in new[] { "src/ResearchContent/ResearchContent.csproj", "generators/ResearchContent.Generators/ResearchContent.Generators.csproj" })
            {
                var pack = DotnetCli.Run(root, "pack", Path.Combine(root, project), "-nologo", "-nodeReuse:false", "-o", feed, "-p:Version=" + version);
                Assert.True(pack.ExitCode == 0, pack.Output);
            }

            using (var generator = ZipFile.OpenRead(Path.Combine(feed, $"ResearchContent.Generators.{version}.nupkg")))
            {
                var analyzers = generator.Entries.Select(e => e.FullName).Where(n => n.StartsWith("analyzers/dotnet/cs/", StringComparison.Ordinal)).OrderBy(n => n, StringComparer.Ordinal);
                Assert.Equal(
                    new[] { "HtmlAgilityPack.dll", "Markdig.dll", "ResearchContent.Generators.dll", "YamlDotNet.dll" },
                    analyzers.Select(Path.GetFileName));
                Assert.DoesNotContain(generator.Entries, e => e.FullName.StartsWith("lib/", StringComparison.Ordinal));
            }

            var consumer = Path.Combine(_directory, "consumer");
            Directory.CreateDirectory(Path.Combine(consumer, "content"));
            File.Copy(Path.Combine(root, "content", "publications.md"), Path.Combine(consumer, "content", "publications.md"));
            File.WriteAllText(Path.Combine(consumer, "Program.cs"), "System.Console.WriteLine($\"{ResearchContent.ResearchCatalog.Publications.Count} {ResearchContent.ResearchCatalog.Luo2021Deriving.Citation.Container}\");\n");
            File.WriteAllText(Path.Combine(consumer, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="local" value="{feed}" />
                  </packageSources>
                </configuration>
                """);
            File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <RestorePackagesPath>{Path.Combine(_directory, "packages")}</RestorePackagesPath>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="ResearchContent" Version="{version}" />
                    <PackageReference Include="ResearchContent.Generators" Version="{version}" />
                    <AdditionalFiles Include="content/**/*" />
                  </ItemGroup>
                </Project>
                """);

            var build = DotnetCli.Run(consumer, "build", "-nologo", "-nodeReuse:false", "-p:UseSharedCompilation=false");
            Assert.True(build.ExitCode == 0, build.Output);
            Assert.Contains("warning RC2002", build.Output);

            var run = DotnetCli.Run(consumer, "bin/Debug/net10.0/Consumer.dll");
            Assert.True(run.ExitCode == 0, run.Output);
            Assert.Contains("4 Frontiers in Earth Science", run.Output);
        }
    }
}
