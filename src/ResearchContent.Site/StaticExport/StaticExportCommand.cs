using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace ResearchContent.Site.StaticExport
{
    /// <summary>
    /// <c>export OUT_DIR [--base-path /lab-site/] [--site-url https://example.github.io]</c>: writes the whole site as
    /// static files for GitHub Pages and other static hosts, and exits.
    /// </summary>
    public static class StaticExportCommand
    {
        /// <summary>The command's usage.</summary>
        public const string Usage =
            "export OUT_DIR [--base-path /lab-site/] [--site-url https://example.github.io] [--ResearchContent:ImagesPath=…]\n"
            + "  OUT_DIR      an empty or new folder for the static site (relative to the shell's directory)\n"
            + "  --base-path  the path the site is served under (GitHub project pages: /<repository>/); default /\n"
            + "  --site-url   the address it is published at; needed for sitemap.xml and absolute canonical addresses;\n"
            + "               a path in it is the base path";

        /// <summary>Whether the arguments ask for the export rather than the server.</summary>
        /// <param name="args">The command-line arguments.</param>
        /// <returns>Whether the first argument is <c>export</c>.</returns>
        public static bool IsExport(IReadOnlyList<string> args) => args.Count > 0 && args[0] == "export";

        /// <summary>Runs the command.</summary>
        /// <param name="args">The arguments, starting with <c>export</c>.</param>
        /// <param name="output">Where progress goes.</param>
        /// <param name="error">Where errors go.</param>
        /// <returns>0 when the site was written, 1 when a page failed, 2 for a usage error.</returns>
        public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error)
        {
            StaticExportOptions options;
            try
            {
                if (Parse(args.Skip(1).ToList()) is not { } parsed)
                {
                    output.WriteLine("Usage: " + Usage);
                    return 0;
                }

                options = parsed;
            }
            catch (ArgumentException e)
            {
                error.WriteLine(e.Message);
                error.WriteLine("Usage: " + Usage);
                return 2;
            }

            if (Directory.Exists(options.OutputFolder) && Directory.EnumerateFileSystemEntries(options.OutputFolder).Any())
            {
                // The export never deletes: a folder with other files (a typo'd '.') stays as it was.
                error.WriteLine($"{options.OutputFolder} is not empty. Export into a new or empty folder.");
                return 2;
            }

            try
            {
                var files = await StaticSiteExporter.ExportAsync(options);
                output.WriteLine($"Wrote {files.Count} files to {options.OutputFolder} for {options.Origin}{options.PathBase}/.");
                if (options.Origin is null)
                {
                    output.WriteLine("No --site-url: no sitemap.xml, and canonical and metadata addresses are site-relative.");
                }

                return 0;
            }
            catch (StaticExportException e)
            {
                error.WriteLine(e.Message);
                return 1;
            }
        }

        /// <summary>Reads the arguments after <c>export</c>.</summary>
        /// <returns>The options, or <see langword="null"/> when help was asked for.</returns>
        private static StaticExportOptions? Parse(IReadOnlyList<string> args)
        {
            string? folder = null, basePath = null, siteUrl = null;
            var host = new List<string>();
            for (var i = 0; i < args.Count; i++)
            {
                var (name, inlineValue) = Split(args[i]);
                switch (name)
                {
                    case "-h" or "--help":
                        return null;
                    case "--base-path":
                        basePath = inlineValue ?? ValueAfter(args, ref i, name);
                        break;
                    case "--site-url":
                        siteUrl = inlineValue ?? ValueAfter(args, ref i, name);
                        break;
                    case not null when name.StartsWith("--", StringComparison.Ordinal):
                        // A configuration value for the site's host, as the server takes it: --key=value or --key value.
                        host.Add(args[i]);
                        if (inlineValue is null && i + 1 < args.Count)
                        {
                            host.Add(args[++i]);
                        }

                        break;
                    default:
                        folder = folder is null ? args[i] : throw new ArgumentException($"Unexpected argument '{args[i]}': the output folder is {folder}.");
                        break;
                }
            }

            return folder is null
                ? throw new ArgumentException("The output folder is missing.")
                : StaticExportOptions.From(folder, basePath, siteUrl, host);
        }

        private static (string Name, string? Value) Split(string argument)
        {
            var equals = argument.IndexOf('=', StringComparison.Ordinal);
            return argument.StartsWith("--", StringComparison.Ordinal) && equals > 0
                ? (argument.Substring(0, equals), argument.Substring(equals + 1))
                : (argument, null);
        }

        private static string ValueAfter(IReadOnlyList<string> args, ref int i, string name) =>
            i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value.");
    }
}
