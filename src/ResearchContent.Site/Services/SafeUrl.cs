using System;

namespace ResearchContent.Site.Services
{
    /// <summary>Decides which addresses may become links: absolute http(s) addresses, and paths on this site where content links its own files.</summary>
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

        /// <summary>
        /// The address when it is an absolute http(s) address or a path on this site (<c>/files/paper.pdf</c>, as a group's
        /// own page links the PDFs it hosts); otherwise <see langword="null"/>.
        /// </summary>
        /// <param name="url">An address from the content.</param>
        /// <returns>The address to link, or <see langword="null"/>.</returns>
        public static string? HttpOrSitePath(string? url)
        {
            var trimmed = url?.Trim();
            if (trimmed is { Length: > 1 } && trimmed[0] == '/' && trimmed[1] != '/' && trimmed.IndexOf('\\') < 0
                && Uri.TryCreate(trimmed, UriKind.Relative, out _))
            {
                return trimmed;
            }

            return Http(url);
        }
    }
}
