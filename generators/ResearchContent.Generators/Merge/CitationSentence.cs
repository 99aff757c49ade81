using System.Collections.Generic;
using System.Text;
using ResearchContent.Generators.Model;

namespace ResearchContent.Generators.Merge
{
    /// <summary>
    /// The citation as one plain sentence, for a publication no source writes a citation for (a BibTeX entry alone):
    /// <c>Wang, T., &amp; Jónsson, S. (2015). Title. Journal, 8(7), 3271–3278.</c> The exports format it properly; this is
    /// the text <c>Citation.Text</c> promises.
    /// </summary>
    internal static class CitationSentence
    {
        public static string Of(ParsedCitation citation, string? date)
        {
            var text = new StringBuilder();
            var names = new List<string>();
            foreach (var author in citation.Authors)
            {
                names.Add(author.Given.Length == 0 ? author.Family : author.Family + ", " + author.Given);
            }

            if (names.Count > 0)
            {
                text.Append(string.Join("; ", names)).Append(citation.AuthorsTruncated ? "; et al. " : " ");
            }

            var year = citation.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? (date is { Length: >= 4 } ? date.Substring(0, 4) : null);
            if (year is not null)
            {
                text.Append('(').Append(year).Append("). ");
            }

            Sentence(text, citation.Title);
            var source = new StringBuilder(citation.Container ?? string.Empty);
            if (citation.Volume is { } volume)
            {
                source.Append(source.Length > 0 ? ", " : string.Empty).Append(volume);
            }

            if (citation.Issue is { } issue)
            {
                source.Append('(').Append(issue).Append(')');
            }

            if ((citation.Pages ?? citation.ArticleNumber) is { } pages)
            {
                source.Append(source.Length > 0 ? ", " : string.Empty).Append(pages);
            }

            Sentence(text, source.ToString());
            return text.ToString().Trim();
        }

        private static void Sentence(StringBuilder text, string? part)
        {
            if (part is { Length: > 0 })
            {
                text.Append(part).Append(part[part.Length - 1] is '.' or '?' or '!' ? " " : ". ");
            }
        }
    }
}
