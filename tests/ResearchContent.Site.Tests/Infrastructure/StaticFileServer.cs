using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace ResearchContent.Site.Tests.Infrastructure
{
    /// <summary>
    /// A plain static file server, as GitHub Pages serves a project site: the files of a folder under a sub-path, a
    /// folder's address as its index.html (a folder without its trailing slash redirected to it), any other file type
    /// as application/octet-stream, and 404.html with status 404 for a missing address. Nothing of the site runs here.
    /// </summary>
    public sealed class StaticFileServer : IAsyncDisposable
    {
        private readonly WebApplication _app;

        private readonly PhysicalFileProvider _files;

        private StaticFileServer(WebApplication app, PhysicalFileProvider files, string url)
        {
            _app = app;
            _files = files;
            Url = url;
        }

        /// <summary>The server's origin, such as <c>http://127.0.0.1:41234</c>.</summary>
        public string Url { get; }

        /// <summary>Serves a folder under a sub-path on a free loopback port.</summary>
        /// <param name="folder">The folder.</param>
        /// <param name="pathBase">The sub-path, such as <c>/lab-site</c>.</param>
        /// <returns>The running server.</returns>
        public static async Task<StaticFileServer> StartAsync(string folder, string pathBase)
        {
            var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Production", ContentRootPath = folder });
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            var app = builder.Build();
            var files = new PhysicalFileProvider(folder);
            app.Map(pathBase, site =>
            {
                site.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
                site.UseStaticFiles(new StaticFileOptions { FileProvider = files, ServeUnknownFileTypes = true, DefaultContentType = "application/octet-stream" });
                site.Run(async context =>
                {
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                    context.Response.ContentType = "text/html; charset=utf-8";
                    await context.Response.SendFileAsync(files.GetFileInfo("404.html"));
                });
            });

            await app.StartAsync();
            return new StaticFileServer(app, files, app.Urls.First().TrimEnd('/'));
        }

        /// <inheritdoc />
        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
            _files.Dispose();
        }
    }
}
