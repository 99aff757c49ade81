using System;

namespace ResearchContent.Site.Services
{
    /// <summary>Decides which addresses may become links: absolute http(s) addresses only.</summary>
    public static class SafeUrl
    {
        /// <summary>The address as a link target when it is an absolute http or https address; otherwise <see langword="null"/>.</summary>
        /// <param name="url">An address from the content.</param>
        /// <returns>The normalized address, or <see langword="null"/> when it must be shown as text only.</returns>
        public static string? Http(string? url)
        {
            if (string.IsNullOrWhiteSpace(url))
            {
                return null;
            }

            var trimmed = url!.Trim();
            if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri))
            {
                return null;
            }

            if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            {
                return null;
            }

            if (string.IsNullOrEmpty(uri.Host))
            {
                return null;
            }

            return uri.AbsoluteUri;
        }
    }
}
