using System;
using System.IO;
using System.Linq;
using Xunit;

namespace ResearchContent.Generators.Tests.EndToEnd
{
    /// <summary>
    /// Builds a real consumer project by the reference-consumer recipe with <c>dotnet build</c>, and runs it:
    /// the generator and its own dependencies must reach the compiler through a ProjectReference alone.
    /// </summary>
    [Collection(DotnetCliCollection.Name)]
    public sealed class ConsumerBuildTests : IClassFixture<ReferenceConsumerBuild>
    {
        private readonly ReferenceConsumerBuild _reference;

        public ConsumerBuildTests(ReferenceConsumerBuild reference) => _reference = reference;

        [Fact]
        public void A_consumer_builds_against_the_reference_page_and_runs()
        {
            var build = _reference.Result;
            Assert.True(build.ExitCode == 0, build.Output);
            Assert.Contains("content/publications.md(34,67): warning RC2002", build.Output.Replace('\\', '/'));

            var run = _reference.Project.Run();
            Assert.True(run.ExitCode == 0, run.Output);
            Assert.Contains("count=4", run.Output);
            Assert.Contains("title=Selective Kernel Res-Attention UNet: Deep Learning for Generating Decorrelation Mask with Applications to TanDEM-X Interferograms", run.Output);
            Assert.Contains("zh=由2019年Ridgecrest地震序列引起的地表小裂隙:基于三维同震位移和单轴加载岩石实验的研究", run.Output);
            Assert.Contains("doi=10.1029/2020GL090206", run.Output);
            Assert.Contains("page=/publications/", run.Output);
            Assert.Contains("path=content/publications.md line=39", run.Output);
        }

        /// <summary>
        /// A second build compiles again in a new compiler process, so the generator starts from nothing: it must write
        /// the same files, byte for byte, and (Deterministic being the SDK's default) so must the compiler.
        /// </summary>
        [Fact]
        public void A_second_compiler_process_writes_the_same_generated_files_and_assembly()
        {
            Assert.True(_reference.Result.ExitCode == 0, _reference.Result.Output);
            var first = CompilerOutputs();
            Assert.Contains(first, f => Path.GetFileName(f.Path) == "ResearchCatalog.g.cs");

            // Without its outputs the compiler must run again; the runtime and the generator were built by the first build.
            Directory.Delete(Path.Combine(_reference.Project.IntermediateFolder, "generated"), recursive: true);
            File.Delete(Path.Combine(_reference.Project.IntermediateFolder, "Consumer.dll"));
            var build = _reference.Project.Build(ReferenceConsumerBuild.EmitGeneratedFiles, "-p:BuildProjectReferences=false", "--no-restore");
            Assert.True(build.ExitCode == 0, build.Output);
            var second = CompilerOutputs();

            Assert.Equal(first.Select(f => f.Path), second.Select(f => f.Path));
            foreach (var (expected, actual) in first.Zip(second))
            {
                Assert.True(expected.Bytes.AsSpan().SequenceEqual(actual.Bytes), expected.Path + " differs between the two builds");
            }
        }

        [Fact]
        public void Broken_content_fails_the_build_at_its_line_and_column()
        {
            using var consumer = new ConsumerProject(ConsumerProject.ReferencePage.Replace("https://ieeexplore.ieee.org/document/9516966", "javascript:alert(1)"));

            var build = consumer.Build();

            Assert.NotEqual(0, build.ExitCode);
            Assert.Contains("content/publications.md(11,8): error RC1011: The link 'javascript:alert(1)' is not an http(s) address.", build.Output.Replace('\\', '/'));
        }

        [Fact]
        public void Severities_follow_a_global_config_and_WarningsAsErrors()
        {
            using var consumer = new ConsumerProject(ConsumerProject.ReferencePage, "<WarningsAsErrors>RC2002</WarningsAsErrors>");
            File.WriteAllText(Path.Combine(consumer.Folder, ".globalconfig"), "is_global = true\ndotnet_diagnostic.RC2001.severity = none\n");

            var build = consumer.Build();

            Assert.NotEqual(0, build.ExitCode);
            Assert.Contains("content/publications.md(34,67): error RC2002", build.Output.Replace('\\', '/'));
            Assert.DoesNotContain("RC2001", build.Output);
        }

        /// <summary>The generated sources and the assembly the compiler wrote, by path under the intermediate folder.</summary>
        private (string Path, byte[] Bytes)[] CompilerOutputs()
        {
            var folder = _reference.Project.IntermediateFolder;
            return Directory.GetFiles(Path.Combine(folder, "generated"), "*", SearchOption.AllDirectories)
                .Append(Path.Combine(folder, "Consumer.dll"))
                .Select(file => (Path.GetRelativePath(folder, file).Replace('\\', '/'), File.ReadAllBytes(file)))
                .OrderBy(f => f.Item1, StringComparer.Ordinal)
                .ToArray();
        }
    }
}
