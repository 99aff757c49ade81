namespace ResearchContent.Generators.Validation.Entries
{
    /// <summary>Which links content may hold: citations must be http(s); no link may use another scheme.</summary>
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
