namespace ResearchContent
{
    /// <summary>
    /// The canonical link to a DOI. Crossref's display guidelines ask for <c>https://doi.org/</c> links; this is the
    /// one place that spells the prefix out.
    /// </summary>
    /// <remarks>
    /// Kept free of every other type and dependency, and compilable for netstandard2.0, so the generator can compile
    /// this same file and agree with the runtime about what a DOI link is.
    /// </remarks>
    internal static class DoiLink
    {
        /// <summary>What comes before the bare DOI in its canonical link.</summary>
        public const string Prefix = "https://doi.org/";

        /// <summary>The canonical link to a DOI.</summary>
        /// <param name="doi">The bare DOI, such as <c>10.1029/2020GL090206</c>.</param>
        /// <returns>The link, such as <c>https://doi.org/10.1029/2020GL090206</c>.</returns>
        public static string For(string doi) => Prefix + doi;
    }
}
