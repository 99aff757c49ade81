using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using ResearchContent.Site.Services;

namespace ResearchContent.Site.StaticExport
{
    /// <summary>
    /// Writes the site as static files. The site itself renders them: it is started in static mode, where its links
    /// name the export's files, on a free loopback port; every address of the <see cref="StaticSitePlan"/> is fetched over
    /// HTTP and written as it was served; the site is stopped. No page is rendered any other way, and no HTML is rewritten.
    /// </summary>
    public static class StaticSiteExporter
    {
        /// <summary>Exports the site.</summary>
        /// <param name="options">Where to, and for which address.</param>
        /// <returns>The files written, relative to the output folder, in ordinal order.</returns>
        /// <exception cref="StaticExportException">An address did not answer with its status.</exception>
        public static async Task<IReadOnlyList<string>> ExportAsync(StaticExportOptions options)
        {
            await using var app = SiteApplication.Build(options.HostArguments.ToArray(), options.SiteSettings());
            await app.StartAsync();
            try
            {
                var settings = app.Services.GetRequiredService<SiteAddressSettings>();
                var urls = new SiteUrls(isStatic: true, settings.PathBase, settings.Origin ?? string.Empty);
                var plan = StaticSitePlan.For(
                    app.Services.GetRequiredService<PublicationDirectory>(),
                    urls,
                    app.Environment.WebRootFileProvider,
                    app.Services.GetRequiredService<ImagesFolder>().Files);

                using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(app.Urls.First()) };
                var written = new string[plan.Count];
                await Parallel.ForEachAsync(Enumerable.Range(0, plan.Count), async (i, cancellation) =>
                    written[i] = await WriteAsync(client, plan[i], StaticSitePlan.FileOf(plan[i].Address, urls), options.OutputFolder));
                return written;
            }
            finally
            {
                await app.StopAsync();
            }
        }

        private static async Task<string> WriteAsync(HttpClient client, StaticAddress address, string file, string folder)
        {
            using var response = await client.GetAsync(address.Address);
            if ((int)response.StatusCode != address.Status)
            {
                throw new StaticExportException($"{address.Address} answered {(int)response.StatusCode}, not {address.Status}.");
            }

            var path = Path.Combine(folder, file.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());
            return file;
        }
    }
}
