using System;
using System.Text.RegularExpressions;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>Reads the bare DOI out of a doi.org link.</summary>
    internal static class DoiReader
    {
        // Crossref's pattern for modern DOIs: the 10. prefix, a registrant code, a slash and a suffix.
        private static readonly Regex DoiInText = new(@"\b10\.\d{4,9}/[^\s""<>]+", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

        /// <summary>The first DOI written in plain text, such as a citation's <c>doi:10.1029/2020GL090206.</c>; trailing punctuation is not part of it.</summary>
        public static string? FromText(string text)
        {
            var match = DoiInText.Match(text);
            return match.Success ? WithoutTrailingPunctuation(match.Value) : null;
        }

        /// <summary>
        /// The DOI without the punctuation that follows it in a sentence; a closing bracket stays when it closes one
        /// inside the DOI, as in <c>10.1016/0012-821X(79)90025-4</c>'s Elsevier relatives ending in <c>(02)</c>.
        /// </summary>
        public static string WithoutTrailingPunctuation(string doi)
        {
            while (doi.Length > 0)
            {
                var last = doi[doi.Length - 1];
                var closesNothing = (last == ')' && Count(doi, '(') < Count(doi, ')')) || (last == ']' && Count(doi, '[') < Count(doi, ']'));
                if (last is not ('.' or ',' or ';' or ':' or '"' or '\'' or '”' or '>') && !closesNothing)
                {
                    break;
                }

                doi = doi.Substring(0, doi.Length - 1);
            }

            return doi;
        }

        /// <summary>The canonical link of a DOI, as Crossref's display guidelines recommend.</summary>
        public static string Canonical(string doi) => DoiLink.For(doi);

        /// <summary>Whether a DOI link is already in the canonical form.</summary>
        public static bool IsCanonicalLink(string url) => url.StartsWith(DoiLink.Prefix, StringComparison.Ordinal);

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

        private static int Count(string text, char c)
        {
            var count = 0;
            foreach (var x in text)
            {
                count += x == c ? 1 : 0;
            }

            return count;
        }
    }
}
