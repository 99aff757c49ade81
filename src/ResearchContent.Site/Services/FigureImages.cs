using System;
using System.Collections.Generic;
using Microsoft.Extensions.FileProviders;

namespace ResearchContent.Site.Services
{
    /// <summary>How a figure is shown: an image the site serves, or a placeholder.</summary>
    /// <param name="Url">The site-relative image address when the file exists, otherwise <see langword="null"/>.</param>
    /// <param name="ExternalUrl">An http(s) image address on another site, offered as a link beside the placeholder.</param>
    /// <param name="FileName">The file name the figure asks for, for the placeholder's note.</param>
    public sealed record FigureImage(string? Url, string? ExternalUrl, string FileName)
    {
        /// <summary>Whether the image is served and shown.</summary>
        public bool Exists => Url is not null;
    }

    /// <summary>
    /// Resolves figure sources such as <c>/images/zhangqi.png</c> against the content/images folder that the site
    /// serves at <c>/images</c>. Only files that exist are shown, so a page never shows a broken image.
    /// </summary>
    public sealed class FigureImages
    {
        /// <summary>The request path the images folder is served at.</summary>
        public const string RequestPath = "/images";

        private readonly IFileProvider _files;

        /// <summary>Creates a resolver over the images folder.</summary>
        /// <param name="folder">The images folder.</param>
        public FigureImages(ImagesFolder folder) => _files = folder.Files;

        /// <summary>Resolves a figure.</summary>
        /// <param name="figure">The figure.</param>
        /// <returns>How to show it.</returns>
        public FigureImage Resolve(Figure figure)
        {
            var source = figure.Source ?? string.Empty;
            var fileName = FileNameOf(source);

            var external = SafeUrl.Http(source);
            if (external is not null)
            {
                return new FigureImage(null, external, fileName);
            }

            var path = source;
            var cut = path.IndexOfAny(new[] { '?', '#' });
            if (cut >= 0)
            {
                path = path.Substring(0, cut);
            }

            if (!path.StartsWith('/') || path.StartsWith("//", StringComparison.Ordinal) || path.Contains(':', StringComparison.Ordinal))
            {
                return new FigureImage(null, null, fileName);
            }

            string decoded;
            try
            {
                decoded = Uri.UnescapeDataString(path).Replace('\\', '/');
            }
            catch (UriFormatException)
            {
                return new FigureImage(null, null, fileName);
            }

            var parts = new List<string>();
            foreach (var part in decoded.Split('/', StringSplitOptions.RemoveEmptyEntries))
            {
                if (part == "." || part == ".." || part.IndexOfAny(new[] { '\0', ':' }) >= 0)
                {
                    return new FigureImage(null, null, fileName);
                }

                parts.Add(part);
            }

            if (parts.Count < 2 || !string.Equals(parts[0], RequestPath.TrimStart('/'), StringComparison.Ordinal))
            {
                return new FigureImage(null, null, fileName);
            }

            parts.RemoveAt(0);
            var relative = string.Join('/', parts);
            var file = _files.GetFileInfo(relative);
            if (!file.Exists || file.IsDirectory)
            {
                return new FigureImage(null, null, fileName);
            }

            var url = RequestPath + "/" + string.Join('/', parts.ConvertAll(Uri.EscapeDataString));
            return new FigureImage(url, null, fileName);
        }

        private static string FileNameOf(string source)
        {
            var path = source;
            var cut = path.IndexOfAny(new[] { '?', '#' });
            if (cut >= 0)
            {
                path = path.Substring(0, cut);
            }

            var slash = path.LastIndexOf('/');
            var name = slash >= 0 ? path.Substring(slash + 1) : path;
            return name.Length == 0 ? source : name;
        }
    }
}
