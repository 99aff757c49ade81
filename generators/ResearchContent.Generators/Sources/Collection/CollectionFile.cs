using System;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Sources.Collection
{
    /// <summary>
    /// Which files are academicpages publications: Markdown files in a <c>_publications</c> folder, as Jekyll collects
    /// them, and files elsewhere whose front matter says <c>collection: publications</c>.
    /// </summary>
    internal static class CollectionFile
    {
        /// <summary>The folder of academicpages' publications collection.</summary>
        public const string FolderName = "_publications";

        /// <summary>The collection's name, as <c>_config.yml</c>'s <c>collections:</c> and a file's <c>collection:</c> write it.</summary>
        public const string CollectionName = "publications";

        // Jekyll's Markdown extensions (its markdown_ext default) and HTML: the documents a collection renders.
        private static readonly string[] DocumentExtensions = { ".md", ".markdown", ".mkdown", ".mkdn", ".mkd", ".mdown", ".html" };

        /// <summary>
        /// Whether the file is a document of the <c>_publications</c> collection: under a <c>_publications</c> folder
        /// at any depth (a site may live in a subfolder of the project), with a Markdown or HTML extension, and not a
        /// file Jekyll skips: names starting with <c>.</c>, <c>_</c>, <c>#</c> or <c>~</c> (an editor's swap file,
        /// a draft) or ending with <c>~</c> (a backup).
        /// </summary>
        /// <param name="relativePath">The path relative to the content root, with <c>/</c> or <c>\</c> separators.</param>
        public static bool IsCollectionPath(string relativePath)
        {
            var segments = (relativePath ?? string.Empty).Split('/', '\\');
            var name = segments[segments.Length - 1];
            if (segments.Length < 2 || name.Length == 0 || name[0] is '.' or '_' or '#' or '~' || name.EndsWith("~", StringComparison.Ordinal))
            {
                return false;
            }

            if (Array.FindIndex(DocumentExtensions, extension => name.EndsWith(extension, StringComparison.OrdinalIgnoreCase)) < 0)
            {
                return false;
            }

            for (var i = 0; i < segments.Length - 1; i++)
            {
                // Case-insensitive because Jekyll on Windows and macOS finds "_Publications" too.
                if (string.Equals(segments[i], FolderName, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether the file's front matter has the line <c>collection: publications</c> (quoted or not, with or without
        /// a comment). Read by lines, without a YAML parse, because every Markdown file of a project is asked.
        /// </summary>
        public static bool DeclaresCollection(string text)
        {
            var lines = LineMap.SplitLines(ByteOrderMark.Strip(text ?? string.Empty));
            if (FrontMatterBlock.Find(lines) is not { IsClosed: true } block)
            {
                return false;
            }

            for (var i = 1; i < block.CloseLine; i++)
            {
                if (IsCollectionLine(lines[i]))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsCollectionLine(string line)
        {
            // Only a top-level name counts: an indented "collection:" belongs to some nested mapping.
            const string Name = "collection";
            if (!line.StartsWith(Name, StringComparison.Ordinal))
            {
                return false;
            }

            var rest = line.Substring(Name.Length).TrimStart();
            if (!rest.StartsWith(":", StringComparison.Ordinal))
            {
                return false;
            }

            var value = rest.Substring(1).Trim();
            var comment = value.IndexOf(" #", StringComparison.Ordinal);
            value = (comment >= 0 ? value.Substring(0, comment) : value).Trim();
            if (value.Length >= 2 && value[0] is '"' or '\'' && value[value.Length - 1] == value[0])
            {
                value = value.Substring(1, value.Length - 2);
            }

            return value == CollectionName;
        }
    }
}
