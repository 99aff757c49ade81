using System.Text.RegularExpressions;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// Oxford Academic's whole book: authors, the title, maybe a series, then the imprint <c>(Oxford, 2016; online edn, …)</c>.
    /// Its chapters print <c>'Chapter', in Editor (ed.), Book (Oxford, …)</c> and are read as chapters before the article
    /// reading; one with that imprint and no volume, pages or number that reaches it is a book, and what followed the title a
    /// series (<c>Clarendon Lectures in Economics</c>), no container.
    /// </summary>
    internal static class OxfordBook
    {
        // A chapter of a one-author book drops the "in": "Amartya Sen, 'The Perspective of Freedom', Development as Freedom (Oxford, …)".
        // Its title is quoted, a book's never is.
        private static readonly Regex QuotedTitle = CitationRegex.Create(@"['’”""],\s");

        public static bool Is(string text, string body, SourceDetails details) =>
            details.Volume is null && details.Pages is null && details.ArticleNumber is null && PublisherSegment.EndsWithOxfordImprint(body)
            && !QuotedTitle.IsMatch(text);
    }
}
