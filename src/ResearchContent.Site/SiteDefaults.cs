using System.IO;
using System.Linq;
using System.Reflection;

namespace ResearchContent.Site
{
    /// <summary>The site's defaults.</summary>
    public static class SiteDefaults
    {
        /// <summary>The address the site listens on when none is configured: loopback only.</summary>
        public const string Url = "http://127.0.0.1:5080";

        /// <summary>
        /// The Content-Security-Policy a static export writes into each page's <c>&lt;meta http-equiv&gt;</c>, where
        /// static hosts send no headers: <see cref="ContentSecurityPolicy"/> without <c>frame-ancestors</c>, which
        /// browsers ignore in a meta element and report as a console error.
        /// </summary>
        public const string MetaContentSecurityPolicy =
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'";

        /// <summary>
        /// The Content-Security-Policy: scripts, styles and images from the site only, no inline scripts or styles.
        /// The JSON-LD block is a data block (type application/ld+json), which browsers never execute.
        /// </summary>
        public const string ContentSecurityPolicy = MetaContentSecurityPolicy + "; frame-ancestors 'none'";

        /// <summary>The Referrer-Policy, sent as a header and, in a static export, as a meta element.</summary>
        public const string ReferrerPolicy = "strict-origin-when-cross-origin";

        /// <summary>The folder served at <c>/images</c>: the configured one, else content/images of the repository the site was built from.</summary>
        /// <param name="configured">The <c>ResearchContent:ImagesPath</c> setting.</param>
        /// <param name="contentRoot">The host's content root, against which a relative setting is resolved.</param>
        /// <returns>The folder when it exists, otherwise <see langword="null"/>.</returns>
        public static string? ImagesFolder(string? configured, string contentRoot)
        {
            string? folder;
            if (!string.IsNullOrWhiteSpace(configured))
            {
                folder = Path.GetFullPath(configured, contentRoot);
            }
            else
            {
                var root = typeof(SiteDefaults).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                    .FirstOrDefault(a => a.Key == "ResearchContentRoot")?.Value;
                folder = string.IsNullOrEmpty(root) ? null : Path.Combine(root, "content", "images");
            }

            return folder is not null && Directory.Exists(folder) ? folder : null;
        }
    }
}
