using System;

namespace ResearchContent.Generators.Validation.Entries
{
    /// <summary>Which links content may hold: citations must be http(s); other links http(s), site paths or mail addresses.</summary>
    internal static class LinkPolicy
    {
        /// <summary>Whether the link is an absolute http or https address.</summary>
        public static bool IsHttp(string url)
        {
            var scheme = SchemeOf(url);
            return scheme is "http" or "https";
        }

        /// <summary>Whether the link names a scheme other than http(s), such as <c>javascript:</c> or <c>data:</c>.</summary>
        public static bool HasForeignScheme(string url)
        {
            var scheme = SchemeOf(url);
            return scheme is not null && scheme is not "http" and not "https";
        }

        /// <summary>
        /// Whether the link may stand among a publication's links: http(s), a path on the site itself, or a
        /// <c>mailto:</c> address ("Corresponding author: &lt;a href="mailto:…"&gt;"), which opens a mail program and runs
        /// nothing. Every other scheme (<c>javascript:</c>, <c>data:</c>, <c>file:</c>) is refused.
        /// </summary>
        public static bool MayLink(string url)
        {
            var scheme = SchemeOf(url);
            return scheme is null or "http" or "https" or "mailto";
        }

        /// <summary>
        /// Whether the link is a path on the site itself, as written: <c>/files/paper.pdf</c>, <c>{{ site.baseurl }}/files/paper.pdf</c>,
        /// <c>../files/paper.pdf</c>, <c>files/paper.pdf</c>. An address with its scheme left out (<c>doi.org/10.…</c>,
        /// <c>www.journal.org/…</c>, <c>//host/…</c>) is none: its first part names a host, and it is broken on the site too.
        /// </summary>
        public static bool IsSitePath(string url)
        {
            var path = url.Trim();
            if (SchemeOf(path) is not null || path.Length == 0 || path.StartsWith("//", StringComparison.Ordinal))
            {
                return false;
            }

            if (path[0] == '/' || path.StartsWith("{{", StringComparison.Ordinal) || path.StartsWith("{%", StringComparison.Ordinal) || path.StartsWith(".", StringComparison.Ordinal))
            {
                return true;
            }

            var slash = path.IndexOf('/');
            return slash > 0 && path.IndexOf('.', 0, slash) < 0;
        }

        /// <summary>
        /// The scheme as a browser reads it: browsers drop ASCII whitespace and control characters inside a
        /// URL, so "java&#9;script:" is still javascript.
        /// </summary>
        private static string? SchemeOf(string url)
        {
            var builder = new System.Text.StringBuilder();
            foreach (var c in url)
            {
                if (c <= ' ')
                {
                    continue;
                }

                if (c == ':')
                {
                    return builder.Length > 0 ? builder.ToString().ToLowerInvariant() : null;
                }

                var valid = c is >= 'a' and <= 'z' or >= 'A' and <= 'Z'
                    || (builder.Length > 0 && (c is >= '0' and <= '9' or '+' or '-' or '.'));
                if (!valid)
                {
                    return null;
                }

                builder.Append(c);
            }

            return null;
        }
    }
}
