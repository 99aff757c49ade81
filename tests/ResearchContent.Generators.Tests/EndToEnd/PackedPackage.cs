using System;
using System.Globalization;
using System.IO;

namespace ResearchContent.Generators.Tests.EndToEnd
{
    /// <summary>
    /// The ResearchContent package, packed once for the tests that share it (a pack builds the runtime twice and the
    /// generator, tens of seconds), into a local feed folder, with a version of its own so that no package cache can
    /// hand back an older build. The consumer that installs it is made on first use.
    /// </summary>
    public sealed class PackedPackage : IDisposable
    {
        private readonly string _directory = Path.Combine(Path.GetTempPath(), "rc-package-" + Guid.NewGuid().ToString("N"));

        private readonly Lazy<PackageConsumer> _consumer;

        public PackedPackage()
        {
            Version = "0.0.1-e2e" + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
            Feed = Path.Combine(_directory, "feed");

            // The artifacts folder keeps this Release build and its restore (of another version) out of the
            // repository's own bin/ and obj/ folders, which the other tests build into.
            Pack = PackInto(Feed, Path.Combine(_directory, "artifacts"));
            _consumer = new Lazy<PackageConsumer>(() => new PackageConsumer(Path.Combine(_directory, "consumer"), Feed, Version, Path.Combine(_directory, "packages")));
        }

        public string Version { get; }

        /// <summary>
        /// Packs the package again from a clean build folder (the same path: the DLLs name their PDB's path), as a
        /// release build on CI does (<c>ContinuousIntegrationBuild</c>), into another feed, for the determinism test.
        /// </summary>
        internal DotnetCli.Result PackAgain(string feed)
        {
            var artifacts = Path.Combine(_directory, "artifacts");
            Directory.Delete(artifacts, recursive: true);
            return PackInto(feed, artifacts);
        }

        private DotnetCli.Result PackInto(string feed, string artifacts)
        {
            var root = DotnetCli.RepositoryRoot;
            return DotnetCli.Run(
                root, "pack", Path.Combine(root, "src", "ResearchContent", "ResearchContent.csproj"), "-nologo", "-nodeReuse:false",
                "-o", feed, "--artifacts-path", artifacts, "-p:Version=" + Version, "-p:ContinuousIntegrationBuild=true");
        }

        public string Feed { get; }

        internal DotnetCli.Result Pack { get; }

        public string PackagePath => PackageIn(Feed);

        public string PackageIn(string feed) => Path.Combine(feed, $"ResearchContent.{Version}.nupkg");

        public string SymbolPackagePath => Path.Combine(Feed, $"ResearchContent.{Version}.snupkg");

        /// <summary>A console app that has added the package, with content in each conventional folder.</summary>
        internal PackageConsumer Consumer => _consumer.Value;

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
    }
}
