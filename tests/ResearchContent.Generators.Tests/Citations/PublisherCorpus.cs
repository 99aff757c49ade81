using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using ResearchContent.Generators.Model;

namespace ResearchContent.Generators.Tests.Citations
{
    /// <summary>
    /// The corpus of citations as publishers' export buttons and Google Scholar print them, in tests/Corpus/Citations:
    /// <c>development*.json</c>, written for developing the parser, and <c>held-out.json</c>, written by someone else
    /// before the parser changed and never tuned against.
    /// </summary>
    internal sealed record PublisherCitation(
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
        string? ArticleNumber,
        string? Doi,
        string Kind,
        string? Note)
    {
        /// <summary>The citations of a set: <c>development</c> (every development*.json), <c>held-out</c> or <c>held-out-2</c> to <c>held-out-9</c> (one file each).</summary>
        public static IReadOnlyList<PublisherCitation> Load(string set)
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "Corpus", "Citations");
            var citations = new List<PublisherCitation>();
            foreach (var path in Directory.GetFiles(folder, set == "development" ? "development*.json" : set + ".json").OrderBy(p => p, StringComparer.Ordinal))
            {
                using var document = JsonDocument.Parse(File.ReadAllText(path));
                var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };
                citations.AddRange(document.RootElement.GetProperty("citations").Deserialize<List<PublisherCitation>>(options)!);
            }

            return citations;
        }

        /// <summary>Each scored field: its name, the expected value and the parsed value, as comparable strings.</summary>
        public IEnumerable<(string Field, string? Expected, string? Actual)> Compare(ParsedCitation parsed)
        {
            yield return ("authors", string.Join("; ", Authors), string.Join("; ", parsed.Authors.Select(Format)));
            yield return ("etAl", EtAl ? "true" : "false", parsed.AuthorsTruncated ? "true" : "false");
            yield return ("year", Year?.ToString(CultureInfo.InvariantCulture), parsed.Year?.ToString(CultureInfo.InvariantCulture));
            yield return ("title", Title, parsed.Title);
            yield return ("container", Container, parsed.Container);
            yield return ("volume", Volume, parsed.Volume);
            yield return ("issue", Issue, parsed.Issue);
            yield return ("pages", Pages, parsed.Pages);
            yield return ("articleNumber", ArticleNumber, parsed.ArticleNumber);
            yield return ("doi", Doi, parsed.Doi);
            yield return ("kind", Kind, parsed.Kind.ToString().ToLowerInvariant());
            yield return ("note", Note, parsed.Note);
        }

        /// <summary>An author as the corpus writes one: <c>Family, Given</c>, then <c>, Jr.</c>, then <c>*</c> for a corresponding author.</summary>
        private static string Format(ParsedAuthor author) =>
            author.Family + (author.Given.Length == 0 ? string.Empty : ", " + author.Given)
            + (author.Suffix is null ? string.Empty : ", " + author.Suffix)
            + (author.IsCorresponding ? "*" : string.Empty);
    }
}
