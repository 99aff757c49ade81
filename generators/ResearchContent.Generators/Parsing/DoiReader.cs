using System;

namespace ResearchContent.Generators.Parsing
{
    /// <summary>Reads the bare DOI out of a doi.org link.</summary>
    internal static class DoiReader
    {
        public static string? FromUrl(string url)
        {
            if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
                || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                return null;
            }

            var host = uri.Host.ToLowerInvariant();
            if (host is not ("doi.org" or "dx.doi.org" or "www.doi.org"))
            {
                return null;
            }

            var doi = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
            return doi.StartsWith("10.", StringComparison.Ordinal) && doi.IndexOf('/') > 3 ? doi : null;
        }
    }
}
