using System;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace ResearchContent.Site.Services
{
    /// <summary>
    /// How the site's addresses are made, from the configuration: whether the pages are being rendered for a static
    /// export (<c>ResearchContent:StaticSite</c>), the path the site lives under (<c>ResearchContent:PathBase</c>, such
    /// as <c>/lab-site</c>) and the origin it is published at (<c>ResearchContent:SiteUrl</c>).
    /// </summary>
    public sealed class SiteAddressSettings
    {
        /// <summary>The key that turns static addresses on.</summary>
        public const string StaticSiteKey = "ResearchContent:StaticSite";

        /// <summary>The key of the path the site is served under.</summary>
        public const string PathBaseKey = "ResearchContent:PathBase";

        /// <summary>The key of the origin a static export is published at.</summary>
        public const string SiteUrlKey = "ResearchContent:SiteUrl";

        /// <summary>Reads the settings.</summary>
        /// <param name="configuration">The configuration.</param>
        public SiteAddressSettings(IConfiguration configuration)
        {
            IsStatic = configuration.GetValue<bool>(StaticSiteKey);
            PathBase = NormalizePathBase(configuration[PathBaseKey]);
            Origin = NormalizeOrigin(configuration[SiteUrlKey]);
        }

        /// <summary>Whether pages link to the static export's file names rather than to the live server's queries.</summary>
        public bool IsStatic { get; }

        /// <summary>The path the site is served under, such as <c>/lab-site</c>, or empty at the host's root.</summary>
        public PathString PathBase { get; }

        /// <summary>The origin the site is published at, such as <c>https://example.github.io</c>, or <see langword="null"/>.</summary>
        public string? Origin { get; }

        /// <summary>A base path as ASP.NET Core keeps it: <c>/lab-site/</c>, <c>lab-site</c> and <c>/lab-site</c> all become <c>/lab-site</c>; <c>/</c> or nothing is empty.</summary>
        /// <param name="value">The configured value.</param>
        /// <returns>The path base.</returns>
        /// <exception cref="ArgumentException">The value has a query, a fragment, a backslash or a dot segment.</exception>
        public static PathString NormalizePathBase(string? value)
        {
            var trimmed = (value ?? string.Empty).Trim().Trim('/');
            if (trimmed.Length == 0)
            {
                return PathString.Empty;
            }

            foreach (var segment in trimmed.Split('/'))
            {
                if (segment.Length == 0 || segment is "." or ".." || segment.IndexOfAny(new[] { '?', '#', '\\', '%' }) >= 0)
                {
                    throw new ArgumentException($"'{value}' is not a base path such as /lab-site/.", nameof(value));
                }
            }

            return new PathString("/" + trimmed);
        }

        /// <summary>The scheme, host and port of an http(s) address, without a trailing slash: <c>https://example.github.io</c>.</summary>
        /// <param name="value">The configured address, or <see langword="null"/>.</param>
        /// <returns>The origin, or <see langword="null"/> when none is configured.</returns>
        /// <exception cref="ArgumentException">The value is not an absolute http(s) address.</exception>
        public static string? NormalizeOrigin(string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return null;
            }

            if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                throw new ArgumentException($"'{value}' is not an http(s) address such as https://example.github.io.", nameof(value));
            }

            return uri.GetLeftPart(UriPartial.Authority);
        }
    }
}
