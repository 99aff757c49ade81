namespace ResearchContent
{
    /// <summary>
    /// The one place that spells the DOI resolver's address. The generator compiles this same file, so that the
    /// catalog, the exports and the generator's checks all agree on it.
    /// </summary>
    internal static class DoiLink
    {
        /// <summary>The resolver prefix that Crossref's display guidelines recommend.</summary>
        public const string Prefix = "https://doi.org/";

        /// <summary>The canonical link of a DOI.</summary>
        /// <param name="doi">The bare DOI, such as <c>10.1029/2020GL090206</c>.</param>
        /// <returns>The link, such as <c>https://doi.org/10.1029/2020GL090206</c>.</returns>
        public static string For(string doi) => Prefix + doi;
    }
}
