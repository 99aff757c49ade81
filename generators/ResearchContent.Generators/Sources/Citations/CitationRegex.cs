using System;
using System.Text.RegularExpressions;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// Builds the citation parser's expressions. The timeout bounds a pathological input inside the compiler;
    /// <see cref="CitationParser.Parse"/> turns the timeout into an unrecognized citation rather than a crash.
    /// </summary>
    internal static class CitationRegex
    {
        private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

        public static Regex Create(string pattern, RegexOptions options = RegexOptions.None) =>
            new(pattern, options | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, Timeout);
    }
}
