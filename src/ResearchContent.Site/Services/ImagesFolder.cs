using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;

namespace ResearchContent.Site.Services
{
    /// <summary>
    /// The folder served at <c>/images</c>: <c>ResearchContent:ImagesPath</c> when set (relative to the content root),
    /// else content/images of the repository the site was built from.
    /// </summary>
    public sealed class ImagesFolder : System.IDisposable
    {
        /// <summary>Finds the folder from the configuration.</summary>
        /// <param name="configuration">The configuration.</param>
        /// <param name="environment">The host environment.</param>
        public ImagesFolder(IConfiguration configuration, IWebHostEnvironment environment)
        {
            Path = SiteDefaults.ImagesFolder(configuration["ResearchContent:ImagesPath"], environment.ContentRootPath);
            Files = Path is null ? new NullFileProvider() : new PhysicalFileProvider(Path);
        }

        /// <summary>The folder's full path, or <see langword="null"/> when it does not exist.</summary>
        public string? Path { get; }

        /// <summary>The folder's files; empty when it does not exist.</summary>
        public IFileProvider Files { get; }

        /// <inheritdoc />
        public void Dispose() => (Files as System.IDisposable)?.Dispose();
    }
}
