using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace ResearchContent.Site.Tests.Infrastructure
{
    /// <summary>
    /// The site exported once, by the built site's own <c>export</c> command, for a project page at
    /// <see cref="SiteUrl"/><see cref="BasePath"/>, with an images folder holding one of the catalog's figures; and, on
    /// first use, that export on a <see cref="StaticFileServer"/>.
    /// </summary>
    public sealed class StaticExportFixture : IAsyncLifetime
    {
        /// <summary>The base path the site is exported for.</summary>
        public const string BasePath = "/lab-site/";

        /// <summary>The site address it is exported for.</summary>
        public const string SiteUrl = "https://example.github.io";

        /// <summary>The one figure image of the images folder.</summary>
        public const string ImageName = "zhangqi.png";

        private readonly SemaphoreSlim _gate = new(1, 1);

        private readonly string _root = Path.Combine(Path.GetTempPath(), "rc-static-export-" + Guid.NewGuid().ToString("N"));

        private StaticFileServer? _server;

        /// <summary>The exported site.</summary>
        public string Folder => Path.Combine(_root, "site");

        /// <summary>What the command printed.</summary>
        public string Output { get; private set; } = string.Empty;

        /// <summary>The images folder the site was exported with.</summary>
        public string Images => Path.Combine(_root, "images");

        /// <summary>Exports the site as the fixture does, into another folder.</summary>
        /// <param name="folder">The folder.</param>
        /// <returns>The exit code and the output.</returns>
        public Task<(int ExitCode, string Output)> ExportAsync(string folder) => SiteProcess.RunToExitAsync(
            "export", folder, "--base-path", BasePath, "--site-url", SiteUrl, "--ResearchContent:ImagesPath=" + Images);

        /// <summary>The export on a plain static file server under the base path, started on first use.</summary>
        /// <returns>The server.</returns>
        public async Task<StaticFileServer> ServerAsync()
        {
            await _gate.WaitAsync();
            try
            {
                return _server ??= await StaticFileServer.StartAsync(Folder, BasePath.TrimEnd('/'));
            }
            finally
            {
                _gate.Release();
            }
        }

        /// <inheritdoc />
        public async Task InitializeAsync()
        {
            Directory.CreateDirectory(Images);
            await File.WriteAllBytesAsync(Path.Combine(Images, ImageName), TestContent.Png);
            var (exitCode, output) = await ExportAsync(Folder);
            Output = output;
            Assert.True(exitCode == 0, "The export failed:\n" + output);
        }

        /// <inheritdoc />
        public async Task DisposeAsync()
        {
            if (_server is not null)
            {
                await _server.DisposeAsync();
            }

            _gate.Dispose();
            Directory.Delete(_root, recursive: true);
        }
    }
}
