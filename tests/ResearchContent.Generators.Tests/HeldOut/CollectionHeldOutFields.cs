using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using static ResearchContent.Generators.Tests.Infrastructure.ExpectedJson;

namespace ResearchContent.Generators.Tests.HeldOut
{
    /// <summary>A compiled collection publication next to what the held-out set's expected.json says of it, as comparable strings.</summary>
    internal static class CollectionHeldOutFields
    {
        public static IEnumerable<(string Field, string? Expected, string? Actual)> Compare(JsonElement expected, Publication publication)
        {
            yield return ("title", Text(expected, "title"), publication.Title.En ?? publication.Title.Zh);
            yield return ("date", Text(expected, "date"), publication.Date);
            yield return ("venue", Text(expected, "venue"), publication.Venue);
            yield return ("excerpt", Text(expected, "excerpt"), publication.Excerpt);
            yield return ("permalink", Text(expected, "permalink"), publication.Permalink);
            yield return ("category", Text(expected, "category"), publication.Category);
            yield return ("links", Join(expected.GetProperty("links").EnumerateArray().Select(l => Text(l, "text") + " " + Text(l, "url"))), Join(publication.Links.Select(l => l.Text + " " + l.Url)));
            var fields = expected.GetProperty("fields").EnumerateObject().ToDictionary(field => field.Name, field => Text(field.Value));
            foreach (var (name, value) in fields.OrderBy(pair => pair.Key, System.StringComparer.Ordinal))
            {
                yield return ("fields." + name, value, publication.Fields.FirstOrDefault(field => field.Name == name)?.Value);
            }

            yield return ("fields (no others)", Join(fields.Keys.OrderBy(k => k, System.StringComparer.Ordinal)), Join(publication.Fields.Select(field => field.Name).OrderBy(k => k, System.StringComparer.Ordinal)));
            yield return ("citationText", Text(expected, "citationText"), NullIfEmpty(publication.Citation.Text));
            yield return ("bodyIsEmpty", Text(expected, "bodyIsEmpty"), string.IsNullOrWhiteSpace(publication.Body) ? "true" : "false");

            if (!expected.TryGetProperty("citation", out var citation) || citation.ValueKind == JsonValueKind.Null)
            {
                yield break;
            }

            var parsed = publication.Citation;
            yield return ("citation.authors", Join(citation.GetProperty("authors").EnumerateArray().Select(a => a.GetString()!)), Join(parsed.Authors.Select(a => a.Family + (a.Given.Length == 0 ? string.Empty : ", " + a.Given))));
            yield return ("citation.year", Text(citation, "year"), parsed.Year?.ToString(CultureInfo.InvariantCulture));
            yield return ("citation.title", Text(citation, "title"), parsed.Title);
            yield return ("citation.container", Text(citation, "container"), parsed.Container);
            yield return ("citation.volume", Text(citation, "volume"), parsed.Volume);
            yield return ("citation.issue", Text(citation, "issue"), parsed.Issue);
            yield return ("citation.pages", Text(citation, "pages"), parsed.Pages);
            yield return ("citation.articleNumber", Text(citation, "articleNumber"), parsed.ArticleNumber);
            yield return ("citation.doi", Text(citation, "doi"), parsed.Doi);
        }

        private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
    }
}
