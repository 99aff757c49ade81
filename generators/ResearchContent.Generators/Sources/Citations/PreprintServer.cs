using System.Text.RegularExpressions;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// The servers that post preprints: <c>arXiv</c>, <c>bioRxiv</c>, <c>medRxiv</c>, <c>SSRN</c>, <c>Research Square</c>, ….
    /// A preprint has no pages; what stands where pages go is the server's number for it, such as Google Scholar's
    /// <c>MedRxiv. 2020 Apr 30:2020-04.</c> and <c>MedRxiv, 2020-03.</c> (the year and month its DOI begins with).
    /// </summary>
    internal static class PreprintServer
    {
        private static readonly Regex Name = CitationRegex.Create(
            @"^(?:arXiv(?:\s+(?:preprint|e-prints))?|(?:bio|med|chem|Earth|psy|Soc|Edu)Rxiv|EarthArXiv|SSRN|Research\s+Square|Preprints(?:\.org)?|Authorea\s+Preprints|ESS\s+Open\s+Archive)$",
            RegexOptions.IgnoreCase);

        public static bool Is(string container) => Name.IsMatch(container.Trim());

        /// <summary>The details of a work in <paramref name="container"/>: a preprint's "pages" are its number.</summary>
        public static SourceDetails Number(string? container, SourceDetails details) =>
            container is not null && details.Pages is { } pages && details.ArticleNumber is null && Is(container)
                ? details with { Pages = null, ArticleNumber = pages }
                : details;
    }
}
