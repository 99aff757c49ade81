using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Sources.Citations;

namespace ResearchContent.Generators.Tests.Citations
{
    /// <summary>
    /// The hand-written corpus in CitationCorpus.json: each citation with the fields it prints. Set <c>development</c>
    /// was written alongside the parser; set <c>held-out</c> after it, with its expectations fixed before its first run.
    /// </summary>
    internal sealed record CorpusEntry(
        string Style,
        string Set,
        string Text,
        IReadOnlyList<string> Authors,
        bool EtAl,
        int? Year,
        string? Title,
        string? Container,
        string? Volume,
        string? Issue,
        string? Pages,
        string? ArticleNumber)
    {
        public static IReadOnlyList<CorpusEntry> Load()
        {
            var path = Path.Combine(AppContext.BaseDirectory, "Citations", "CitationCorpus.json");
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };
            return document.RootElement.GetProperty("citations").Deserialize<List<CorpusEntry>>(options)!;
        }

        /// <summary>Each scored field: its name, the expected value and the parsed value, as comparable strings.</summary>
        public IEnumerable<(string Field, string? Expected, string? Actual)> Compare(ParsedCitation parsed)
        {
            var expectedAuthors = string.Join("; ", Authors) + (EtAl ? "; et al." : string.Empty);
            // Written as the corpus writes authors: "Family, Given", with "*" for a corresponding author.
            var actualAuthors = string.Join("; ", parsed.Authors.Select(a => a.Family + ", " + a.Given + (a.IsCorresponding ? "*" : string.Empty)))
                + (parsed.AuthorsTruncated ? "; et al." : string.Empty);
            yield return ("authors", expectedAuthors, actualAuthors);
            yield return ("year", Year?.ToString(System.Globalization.CultureInfo.InvariantCulture), parsed.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture));
            yield return ("title", Title, parsed.Title);
            yield return ("container", Container, parsed.Container);
            yield return ("volume", Volume, parsed.Volume);
            yield return ("issue", Issue, parsed.Issue);
            yield return ("pages", Pages, parsed.Pages);
            yield return ("articleNumber", ArticleNumber, parsed.ArticleNumber);
        }
    }
}
