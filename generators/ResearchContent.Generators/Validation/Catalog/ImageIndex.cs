using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace ResearchContent.Generators.Validation.Catalog
{
    /// <summary>
    /// The project's non-Markdown content files, to check figure sources against without touching the file
    /// system. A site-absolute source such as <c>/images/a.png</c> matches any content file ending in that path.
    /// </summary>
    internal sealed class ImageIndex
    {
        private readonly ImmutableArray<string> _files;

        public ImageIndex(ImmutableArray<string> files) => _files = files;

        /// <summary>Whether the source is an external http(s) image, which cannot be checked at compile time.</summary>
        public static bool IsExternal(string source) =>
            source.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || source.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || source.StartsWith("//", StringComparison.Ordinal);

        /// <summary>Whether the image can be shown: it is external, or it is among the content files.</summary>
        public bool Resolves(string source) => IsExternal(source) || Contains(source);

        public bool Contains(string source)
        {
            var path = source;
            var cut = path.IndexOfAny(new[] { '?', '#' });
            if (cut >= 0)
            {
                path = path.Substring(0, cut);
            }

            path = Uri.UnescapeDataString(path).Replace('\\', '/');
            var parts = new List<string>();
            foreach (var part in path.Split('/'))
            {
                if (part.Length > 0 && part != "." && part != "..")
                {
                    parts.Add(part);
                }
            }

            if (parts.Count == 0)
            {
                return false;
            }

            var suffix = "/" + string.Join("/", parts);
            foreach (var file in _files)
            {
                if (file.EndsWith(suffix, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
