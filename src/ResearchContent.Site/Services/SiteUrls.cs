using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace ResearchContent.Site.Services
{
    /// <summary>
    /// Every address the pages link to, made for the way the site is served. The live server reads the language, the
    /// kind filter and the citation style from the query (<c>/publications/key?lang=zh</c>). A static export has no
    /// server to read a query, so there each view is a folder of its own, served as its index.html
    /// (<c>/zh/publications/key/</c>, <c>/publications/kinds/thesis/</c>, <c>/publications/key/ieee/</c>); the live
    /// server answers those addresses too. Every address starts with the path base the site is served under.
    /// </summary>
    public sealed class SiteUrls
    {
        /// <summary>The path prefix of the Chinese pages in the static scheme.</summary>
        public const string ChinesePrefix = "/zh";

        /// <summary>The folder of a list page's kind filters in the static scheme: <c>/publications/kinds/thesis/</c>.</summary>
        public const string KindsFolder = "kinds";

        /// <summary>Where the CSL-JSON of every publication is in a static export, which cannot negotiate a type at <c>/api/publications</c>.</summary>
        public const string StaticCslJsonPath = "/publications.json";

        /// <summary>Creates the addresses.</summary>
        /// <param name="isStatic">Whether to make the static export's addresses.</param>
        /// <param name="pathBase">The path the site is served under, such as <c>/lab-site</c>.</param>
        /// <param name="origin">The scheme, host and port absolute addresses start with; empty to make them site-relative.</param>
        public SiteUrls(bool isStatic, PathString pathBase, string origin)
        {
            IsStatic = isStatic;
            PathBase = pathBase;
            Origin = origin;
        }

        /// <summary>Whether the addresses are the static export's.</summary>
        public bool IsStatic { get; }

        /// <summary>The path the site is served under.</summary>
        public PathString PathBase { get; }

        /// <summary>The origin of absolute addresses; empty when a static export was given no site address.</summary>
        public string Origin { get; }

        /// <summary>The addresses for a request: its path base, and its own origin on the live server.</summary>
        /// <param name="request">The request.</param>
        /// <param name="settings">The settings.</param>
        /// <returns>The addresses.</returns>
        public static SiteUrls For(HttpRequest request, SiteAddressSettings settings) =>
            new(settings.IsStatic, request.PathBase, settings.IsStatic ? settings.Origin ?? string.Empty : request.Scheme + "://" + request.Host.ToUriComponent());

        /// <summary>A path of the site under the path base: <c>/css/site.css</c> becomes <c>/lab-site/css/site.css</c>.</summary>
        /// <param name="sitePath">A path starting with <c>/</c>, already escaped.</param>
        /// <returns>The address.</returns>
        public string Local(string sitePath) => PathBase.ToUriComponent() + sitePath;

        /// <summary>A link from the content: a path on this site (<c>/files/paper.pdf</c>) under the path base, any other address as it is.</summary>
        /// <param name="url">An address that <see cref="SafeUrl.HttpOrSitePath"/> accepted.</param>
        /// <returns>The address.</returns>
        public string Content(string url) => url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) ? PathBase.ToUriComponent() + url : url;

        /// <summary>An absolute address of a local one, for canonical links and metadata; site-relative when there is no origin.</summary>
        /// <param name="localAddress">An address made by this class.</param>
        /// <returns>The address.</returns>
        public string Absolute(string localAddress) => Origin + localAddress;

        /// <summary>The site's root in a language, which leads to the first page.</summary>
        /// <param name="language"><c>en</c> or <c>zh</c>.</param>
        /// <returns>The address.</returns>
        public string Root(string language) => Page("/", language);

        /// <summary>A list page in a language, filtered to a kind or not.</summary>
        /// <param name="route">The page's route, such as <c>/publications/</c>.</param>
        /// <param name="language"><c>en</c> or <c>zh</c>.</param>
        /// <param name="kind">The kind shown, or <see langword="null"/> for all.</param>
        /// <returns>The address.</returns>
        public string Page(string route, string language, PublicationKind? kind = null) => IsStatic
            ? Local(PrefixOf(language) + route + (kind is { } k ? KindsFolder + "/" + KindName(k) + "/" : string.Empty))
            : Local(route) + Query(language, "kind", kind is { } named ? KindName(named) : null);

        /// <summary>A publication's page in a language and citation style.</summary>
        /// <param name="key">The publication's key.</param>
        /// <param name="language"><c>en</c> or <c>zh</c>.</param>
        /// <param name="style">The citation style, or <see langword="null"/> for the page without one chosen.</param>
        /// <returns>The address.</returns>
        public string Detail(string key, string language, string? style = null)
        {
            var path = "/publications/" + Uri.EscapeDataString(key);
            if (!IsStatic)
            {
                return Local(path) + Query(language, "style", style);
            }

            var styleFolder = style is null || style == CitationFiles.DefaultStyle ? string.Empty : Uri.EscapeDataString(style) + "/";
            return Local(PrefixOf(language) + path + "/" + styleFolder);
        }

        /// <summary>A download of one publication.</summary>
        /// <param name="key">The publication's key.</param>
        /// <param name="extension"><c>bib</c>, <c>ris</c> or <c>json</c>.</param>
        /// <returns>The address.</returns>
        public string Download(string key, string extension) => Local("/publications/" + Uri.EscapeDataString(key) + "." + extension);

        /// <summary>A download of every publication.</summary>
        /// <param name="extension"><c>bib</c>, <c>ris</c> or <c>json</c> (CSL-JSON: <c>/api/publications</c> live, <c>/publications.json</c> static).</param>
        /// <returns>The address.</returns>
        public string AllPublications(string extension) =>
            Local(extension == "json" && !IsStatic ? "/api/publications" : "/publications." + extension);

        /// <summary>The live server's current address with the language switched and every other query value kept.</summary>
        /// <param name="request">The current request.</param>
        /// <param name="language">The language to switch to.</param>
        /// <returns>The address.</returns>
        public static string SwitchLanguage(HttpRequest request, string language)
        {
            var value = language == Language.Chinese ? Language.Chinese : Language.English;
            var builder = new StringBuilder(request.PathBase.Add(request.Path).ToUriComponent());
            var separator = '?';
            foreach (var pair in request.Query.Where(q => !string.Equals(q.Key, "lang", StringComparison.OrdinalIgnoreCase)))
            {
                foreach (var v in pair.Value)
                {
                    builder.Append(separator).Append(Uri.EscapeDataString(pair.Key)).Append('=').Append(Uri.EscapeDataString(v ?? string.Empty));
                    separator = '&';
                }
            }

            return builder.Append(separator).Append("lang=").Append(value).ToString();
        }

        /// <summary>The name of a kind in addresses: <c>thesis</c>.</summary>
        /// <param name="kind">The kind.</param>
        /// <returns>The name.</returns>
        public static string KindName(PublicationKind kind) => kind.ToString().ToLowerInvariant();

        private static string PrefixOf(string language) => language == Language.Chinese ? ChinesePrefix : string.Empty;

        /// <summary>The live server's query: <c>lang=zh</c> for Chinese, then the one other value when there is one.</summary>
        private static string Query(string language, string name, string? value)
        {
            var pairs = new List<string>(2);
            if (language == Language.Chinese)
            {
                pairs.Add("lang=zh");
            }

            if (value is not null)
            {
                pairs.Add(name + "=" + Uri.EscapeDataString(value));
            }

            return pairs.Count == 0 ? string.Empty : "?" + string.Join("&", pairs);
        }
    }
}
