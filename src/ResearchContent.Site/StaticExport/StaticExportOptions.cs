using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.AspNetCore.Http;
using ResearchContent.Site.Services;

namespace ResearchContent.Site.StaticExport
{
    /// <summary>What the <c>export</c> command was asked for.</summary>
    /// <param name="OutputFolder">The full path of the folder the site is written to.</param>
    /// <param name="PathBase">The path the site will be served under, such as <c>/lab-site</c>; empty at the host's root.</param>
    /// <param name="Origin">The origin the site will be published at, such as <c>https://example.github.io</c>, or <see langword="null"/>.</param>
    /// <param name="HostArguments">The other arguments, for the site's host: configuration values such as <c>--ResearchContent:ImagesPath=…</c>.</param>
    public sealed record StaticExportOptions(string OutputFolder, PathString PathBase, string? Origin, IReadOnlyList<string> HostArguments)
    {
        /// <summary>
        /// Options from the command's values. A path in <paramref name="siteUrl"/> (as actions/configure-pages gives
        /// <c>https://example.github.io/lab-site/</c>) is the base path when none is given, and must agree with one that is.
        /// </summary>
        /// <param name="outputFolder">OUT_DIR.</param>
        /// <param name="basePath">--base-path, or <see langword="null"/>.</param>
        /// <param name="siteUrl">--site-url, or <see langword="null"/>.</param>
        /// <param name="hostArguments">The other arguments.</param>
        /// <returns>The options.</returns>
        /// <exception cref="ArgumentException">A value is malformed, or the two paths disagree.</exception>
        public static StaticExportOptions From(string outputFolder, string? basePath, string? siteUrl, IReadOnlyList<string> hostArguments)
        {
            var origin = SiteAddressSettings.NormalizeOrigin(siteUrl);
            var pathBase = SiteAddressSettings.NormalizePathBase(basePath);
            if (origin is not null)
            {
                var urlPath = SiteAddressSettings.NormalizePathBase(new Uri(siteUrl!.Trim()).AbsolutePath);
                if (basePath is null)
                {
                    pathBase = urlPath;
                }
                else if (urlPath.HasValue && urlPath != pathBase)
                {
                    throw new ArgumentException($"--site-url {siteUrl} has the path {urlPath}, but --base-path is {basePath}.");
                }
            }

            return new StaticExportOptions(
                FullOutputFolder(outputFolder, Environment.GetEnvironmentVariable("PWD"), Environment.CurrentDirectory), pathBase, origin, hostArguments);
        }

        /// <summary>
        /// The full path of OUT_DIR. A relative one is taken from the directory the command was typed in: the shell's
        /// <c>PWD</c> when it names one, for <c>dotnet run</c> starts the site in its project folder (a folder there
        /// would also become the project's content); else the current directory.
        /// </summary>
        /// <param name="folder">OUT_DIR as given.</param>
        /// <param name="shellDirectory">The <c>PWD</c> environment variable, or <see langword="null"/>.</param>
        /// <param name="currentDirectory">The process's current directory.</param>
        /// <returns>The full path.</returns>
        public static string FullOutputFolder(string folder, string? shellDirectory, string currentDirectory) =>
            Path.GetFullPath(folder, shellDirectory is { Length: > 0 } && Path.IsPathFullyQualified(shellDirectory) && Directory.Exists(shellDirectory)
                ? shellDirectory
                : currentDirectory);

        /// <summary>The configuration the site is built with for the export.</summary>
        /// <returns>The values, over every other source.</returns>
        public IReadOnlyDictionary<string, string?> SiteSettings() => new Dictionary<string, string?>
        {
            [SiteAddressSettings.StaticSiteKey] = "true",
            [SiteAddressSettings.PathBaseKey] = PathBase.Value ?? string.Empty,
            [SiteAddressSettings.SiteUrlKey] = Origin ?? string.Empty,

            // Any free loopback port: the export reads the pages from the site over HTTP and stops it.
            ["urls"] = "http://127.0.0.1:0",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",
        };
    }
}
