using System.Text.RegularExpressions;

namespace ResearchContent.Generators.Readers.Citations
{
    /// <summary>Reads the locator after the volume: a page range, a single page, or an article number.</summary>
    internal static class PagesOrArticleNumber
    {
        private const string Dash = @"\s*(?:--|–|—|-|−|‐)\s*";

        private static readonly Regex PageRange = CitationRegex.Create(
            @"^(?:pp?\.\s*)?(?<pages>[A-Za-z]{0,2}\d+[A-Za-z]?" + Dash + @"[A-Za-z]{0,2}\d+[A-Za-z]?)$");

        // A single number in the pages position is a page; a number with letters (B01401, e2020GL090206) is an article number.
        private static readonly Regex SinglePage = CitationRegex.Create(@"^(?:pp?\.\s*)?(?<pages>\d+)$");

        private static readonly Regex LabelledArticle = CitationRegex.Create(
            @"^(?:Article|Art\.)(?:\s*(?:No\.?|Number))?\s*:?\s*(?<number>[A-Za-z0-9][A-Za-z0-9.\-]*)$"
            + @"|^(?:Paper|eLocator)(?:\s*No\.?)?\s*:?\s*(?<number>[A-Za-z0-9][A-Za-z0-9.\-]*)$",
            RegexOptions.IgnoreCase);

        private static readonly Regex BareArticle = CitationRegex.Create(@"^(?<number>(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{3,})$");

        public static bool TryRead(string text, out string? pages, out string? articleNumber)
        {
            pages = articleNumber = null;
            text = text.Trim().TrimEnd('.').Trim();

            var match = PageRange.Match(text);
            if (!match.Success)
            {
                match = SinglePage.Match(text);
            }

            if (match.Success)
            {
                pages = match.Groups["pages"].Value;
                return true;
            }

            match = LabelledArticle.Match(text);
            if (!match.Success)
            {
                match = BareArticle.Match(text);
            }

            if (match.Success)
            {
                articleNumber = match.Groups["number"].Value;
                return true;
            }

            return false;
        }
    }
}
