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

        /// <summary>
        /// MSBuild skips the compiler when no input is newer than the assembly; deleting a content file makes none newer,
        /// so without the recipe's ResearchContent.Recompile.targets the app would keep the deleted paper.
        /// </summary>
        [Fact]
        public void Deleting_a_content_file_compiles_the_catalog_again()
        {
            const string Bib = "@article{okada1985surface,\n  author = {Okada, Yoshimitsu},\n  title = {Surface deformation due to shear and tensile faults in a half-space},\n  journal = {Bulletin of the Seismological Society of America},\n  year = {1985},\n  volume = {75},\n  pages = {1135--1154},\n  doi = {10.1785/BSSA0750041135}\n}\n";
            using var consumer = new ConsumerProject(ConsumerProject.ReferencePage);
            File.WriteAllText(Path.Combine(consumer.Folder, "content", "extra.bib"), Bib);
            var first = consumer.Build();
            Assert.True(first.ExitCode == 0, first.Output);
            Assert.Contains("count=5", consumer.Run().Output);

            File.Delete(Path.Combine(consumer.Folder, "content", "extra.bib"));
            var second = consumer.Build("--no-restore");

            Assert.True(second.ExitCode == 0, second.Output);
            Assert.Contains("count=4", consumer.Run().Output);
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

        /// <summary>
        /// A real build of a consumer whose content is all three sources: the reference page, a collection file of one of
        /// its papers (with the same DOI) and of one paper of its own, and a BibTeX file of one of its papers and one of
        /// its own. Each paper is compiled once; the drifting year between the page and the BibTeX file is a warning at both.
        /// </summary>
        [Fact]
        public void A_consumer_with_a_page_a_collection_and_a_bib_gets_one_catalog_with_no_paper_twice()
        {
            using var consumer = new ConsumerProject(ConsumerProject.ReferencePage);
            Directory.CreateDirectory(Path.Combine(consumer.Folder, "content", "_publications"));
            Directory.CreateDirectory(Path.Combine(consumer.Folder, "content", "_bibliography"));
            File.WriteAllText(Path.Combine(consumer.Folder, "content", "_publications", "2021-05-10-small-fractures.md"), """
                ---
                title: "Small Fractures Caused by the 2019 Ridgecrest Earthquake Sequence"
                collection: publications
                category: manuscripts
                permalink: /publication/2021-05-10-small-fractures
                date: 2021-05-10
                venue: 'Frontiers in Earth Science'
                citation: 'Xu, A., Zhao, Y., Wang, T., Ren, C., &amp; Yue, H. (2021). &quot;Small Fractures Caused by the 2019 Ridgecrest Earthquake Sequence.&quot; <i>Frontiers in Earth Science</i>, 9, 672809. https://doi.org/10.3389/feart.2021.672809'
                ---
                """);
            File.WriteAllText(Path.Combine(consumer.Folder, "content", "_publications", "2018-kaikoura.md"), """
                ---
                title: "The 2016 Kaikōura earthquake: Simultaneous rupture of the subduction interface and overlying faults"
                collection: publications
                date: 2018-01-15
                venue: 'Earth and Planetary Science Letters'
                citation: 'Wang, T., Wei, S., Shi, X., et al. (2018). The 2016 Kaikōura earthquake. <i>Earth and Planetary Science Letters</i>, 482, 44-51.'
                ---
                """);
            File.WriteAllText(Path.Combine(consumer.Folder, "content", "_bibliography", "papers.bib"), """
                @article{wang2020rotation,
                  title = {Space imaging geodesy reveals near circular, coseismic block rotation during the 2016 {Mw} 7.8 {Kaik\={o}ura} earthquake, {New Zealand}},
                  author = {Wang, Teng and Jiao, Liqing and Tapponnier, Paul and Shi, Xuhua and Wei, Shengji},
                  journal = {Geophysical Research Letters},
                  year = {2019},
                  doi = {10.1029/2020GL090206},
                }

                @phdthesis{zhang2022thesis,
                  title = {Deep learning for {InSAR} decorrelation},
                  author = {Zhang, Qi},
                  school = {Southern University of Science and Technology},
                  year = {2022},
                }
                """);
            File.WriteAllText(Path.Combine(consumer.Folder, "Program.cs"), """
                using System;
                using ResearchContent;

                Console.WriteLine("count=" + ResearchCatalog.Publications.Count);
                foreach (var publication in ResearchCatalog.Publications)
                {
                    Console.WriteLine(publication.Key + " kind=" + publication.Kind + " sources=" + publication.Sources.Count + " date=" + publication.Date);
                }
                """);

            var build = consumer.Build();

            Assert.True(build.ExitCode == 0, build.Output);
            var output = build.Output.Replace('\\', '/');
            Assert.Contains("content/_bibliography/papers.bib(5,", output);
            Assert.Contains("warning RC2301", output);
            var run = consumer.Run();
            Assert.True(run.ExitCode == 0, run.Output);
            Assert.Contains("count=6", run.Output);
            Assert.Contains("xu2021small kind=Article sources=2 date=2021-05-10", run.Output);
            Assert.Contains("wang2020rotation kind=Article sources=2", run.Output);
            Assert.Contains("zhang2022thesis kind=Thesis sources=1 date=2022", run.Output);
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
