using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.FileProviders;
using ResearchContent.Site.Services;

namespace ResearchContent.Site.StaticExport
{
    /// <summary>An address the export fetches from the site, and the status it must answer with.</summary>
    /// <param name="Address">The address, under the path base, as the pages link to it.</param>
    /// <param name="Status">200, or 404 for the not-found page.</param>
    public sealed record StaticAddress(string Address, int Status = 200);

    /// <summary>
    /// Every address of a static export: each page in both languages (with its kind filters and citation styles, which
    /// are folders of their own there), the downloads, the files of wwwroot and of the images folder, 404.html, robots.txt
    /// and, with a site address, sitemap.xml. The addresses come from <see cref="SiteUrls"/>, as the pages' links do.
    /// </summary>
    public static class StaticSitePlan
    {
        /// <summary>The not-found page that static hosts (GitHub Pages among them) serve for a missing address.</summary>
        public const string NotFoundPath = "/404.html";

        private static readonly string[] Languages = { Language.English, Language.Chinese };

        private static readonly string[] Formats = { "bib", "ris", "json" };

        /// <summary>Lists the addresses.</summary>
        /// <param name="directory">The publications.</param>
        /// <param name="urls">The static addresses.</param>
        /// <param name="webRoot">wwwroot's files.</param>
        /// <param name="images">The images folder's files.</param>
        /// <returns>The addresses, each once, in ordinal order.</returns>
        public static IReadOnlyList<StaticAddress> For(PublicationDirectory directory, SiteUrls urls, IFileProvider webRoot, IFileProvider images)
        {
            var addresses = new List<StaticAddress>();
            void Add(string address, int status = 200) => addresses.Add(new StaticAddress(address, status));

            foreach (var language in Languages)
            {
                Add(urls.Root(language));
                foreach (var page in directory.Pages)
                {
                    var route = PublicationDirectory.RouteOf(page);
                    Add(urls.Page(route, language));

                    // The list shows its kind filter when it has more than one kind (Index.cshtml).
                    var kinds = PublicationDirectory.Kinds(page);
                    foreach (var (kind, _) in kinds.Count > 1 ? kinds : Array.Empty<(PublicationKind, int)>())
                    {
                        Add(urls.Page(route, language, kind));
                    }
                }

                foreach (var publication in directory.Publications)
                {
                    foreach (var style in CitationFiles.Styles)
                    {
                        Add(urls.Detail(publication.Key, language, style));
                    }
                }
            }

            foreach (var publication in directory.Publications)
            {
                foreach (var format in Formats)
                {
                    Add(urls.Download(publication.Key, format));
                }
            }

            foreach (var format in Formats)
            {
                Add(urls.AllPublications(format));
            }

            foreach (var file in FilesOf(webRoot, string.Empty, string.Empty))
            {
                Add(urls.Local(file));
            }

            foreach (var file in FilesOf(images, string.Empty, string.Empty))
            {
                Add(urls.Local(FigureImages.RequestPath + file));
            }

            Add(urls.Local(NotFoundPath), 404);
            Add(urls.Local("/robots.txt"));
            if (urls.Origin.Length > 0)
            {
                Add(urls.Local("/sitemap.xml"));
            }

            return addresses.DistinctBy(a => a.Address).OrderBy(a => a.Address, StringComparer.Ordinal).ToList();
        }

        /// <summary>The file an address is written to: its path below the path base, a folder's address as its index.html.</summary>
        /// <param name="address">An address of the plan.</param>
        /// <param name="urls">The static addresses.</param>
        /// <returns>The relative file path, with <c>/</c> between folders.</returns>
        /// <exception cref="StaticExportException">The address is outside the path base or names no safe file.</exception>
        public static string FileOf(string address, SiteUrls urls)
        {
            var prefix = urls.Local("/");
            if (!address.StartsWith(prefix, StringComparison.Ordinal) || address.IndexOfAny(new[] { '?', '#' }) >= 0)
            {
                throw new StaticExportException($"The address {address} is not a file below {prefix}.");
            }

            var segments = address.Substring(prefix.Length).Split('/').Select(Uri.UnescapeDataString).ToList();
            if (segments[^1].Length == 0)
            {
                segments[^1] = "index.html";
            }

            foreach (var segment in segments)
            {
                if (segment.Length == 0 || segment is "." or ".." || segment.IndexOfAny(new[] { '/', '\\', '\0' }) >= 0)
                {
                    throw new StaticExportException($"The address {address} does not name a file that can be written.");
                }
            }

            return string.Join('/', segments);
        }

        /// <summary>
        /// The files below a folder of a provider, as escaped site paths (<c>/css/site.css</c>). A build's compressed copy
        /// of a file beside it (<c>site.css.gz</c>, <c>.br</c>) is left out: the live site sends it only to clients
        /// that ask for the encoding, in place of the file, and a static host serves the file as it is.
        /// </summary>
        private static IEnumerable<string> FilesOf(IFileProvider files, string folder, string sitePath)
        {
            var entries = files.GetDirectoryContents(folder).ToList();
            var names = new HashSet<string>(entries.Select(e => e.Name), StringComparer.Ordinal);
            foreach (var entry in entries)
            {
                if (!entry.IsDirectory && (entry.Name.EndsWith(".gz", StringComparison.Ordinal) || entry.Name.EndsWith(".br", StringComparison.Ordinal))
                    && names.Contains(entry.Name.Substring(0, entry.Name.Length - 3)))
                {
                    continue;
                }

                var path = sitePath + "/" + Uri.EscapeDataString(entry.Name);
                if (!entry.IsDirectory)
                {
                    yield return path;
                    continue;
                }

                foreach (var file in FilesOf(files, folder + "/" + entry.Name, path))
                {
                    yield return file;
                }
            }
        }
    }
}
