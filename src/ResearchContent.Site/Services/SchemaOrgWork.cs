using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;
namespace ResearchContent.Site.Services
{
    /// <summary>
    /// A detail page's schema.org work (ScholarlyArticle, Chapter, Book, Thesis or Report) as JSON-LD, which search
    /// engines read for the work's authors, date, container and identifiers.
    /// </summary>
    public static class SchemaOrgWork
    {
        private static readonly JsonSerializerOptions JsonOptions = new()
        {
            // Escapes <, >, &, ' and + as \uXXXX whatever the range, so no "</script>" can appear in the output.
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            WriteIndented = true,
        };

        /// <summary>
        /// The schema.org work (a ScholarlyArticle, Chapter, Book, Thesis or Report), serialized with every <c>&lt;</c>
        /// escaped.
        /// </summary>
        /// <param name="publication">The publication.</param>
        /// <param name="details">Its citation's parts.</param>
        /// <param name="pageUrl">The absolute address of the detail page.</param>
        /// <param name="imageUrls">Absolute addresses of its shown figures.</param>
        /// <returns>The JSON text.</returns>
        public static string Json(Publication publication, CitationDetails details, string pageUrl, IEnumerable<string> imageUrls)
        {
            var article = new JsonObject
            {
                ["@context"] = "https://schema.org",
                ["@type"] = SchemaType(details.Kind),
                ["@id"] = pageUrl,
                ["url"] = pageUrl,
                ["identifier"] = publication.Key,
            };

            var headline = ScholarMetadata.EnglishFirst(publication.Title);
            if (headline is not null)
            {
                article["headline"] = headline;
                article["name"] = headline;
            }

            if (publication.Title.En is not null && publication.Title.Zh is not null)
            {
                article["alternativeHeadline"] = new JsonObject { ["@language"] = "zh", ["@value"] = publication.Title.Zh };
            }

            var abstractText = publication.Abstract.En ?? publication.Abstract.Zh;
            if (abstractText is not null)
            {
                article["abstract"] = abstractText;
            }

            article["inLanguage"] = publication.Title.En is not null ? "en" : "zh";

            if (details.Authors.Count > 0)
            {
                var authors = new JsonArray();
                foreach (var author in details.Authors)
                {
                    var person = new JsonObject { ["@type"] = "Person", ["name"] = author.DisplayName, ["familyName"] = author.Family };
                    if (!string.IsNullOrWhiteSpace(author.Given))
                    {
                        person["givenName"] = author.Given;
                    }

                    authors.Add(person);
                }

                article["author"] = authors;
            }

            var year = details.Year > 0 ? details.Year : publication.Year;
            if (year > 0)
            {
                article["datePublished"] = year.ToString("0000", CultureInfo.InvariantCulture);
            }

            if (details.Container is not null && details.ContainerIsIssuer)
            {
                article["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = details.Container };
            }
            else if (details.Container is not null && details.Kind != PublicationKind.Article)
            {
                // Proceedings and the book a chapter is in are books; a journal's volume and issue do not apply.
                article["isPartOf"] = new JsonObject { ["@type"] = "Book", ["name"] = details.Container };
            }
            else if (details.Container is not null)
            {
                JsonObject partOf = new() { ["@type"] = "Periodical", ["name"] = details.Container };
                if (details.Volume is not null)
                {
                    partOf = new JsonObject { ["@type"] = "PublicationVolume", ["volumeNumber"] = details.Volume, ["isPartOf"] = partOf };
                }

                if (details.Issue is not null)
                {
                    partOf = new JsonObject { ["@type"] = "PublicationIssue", ["issueNumber"] = details.Issue, ["isPartOf"] = partOf };
                }

                article["isPartOf"] = partOf;
            }

            if (details.FirstPage is not null)
            {
                article["pageStart"] = details.FirstPage;
            }

            if (details.LastPage is not null)
            {
                article["pageEnd"] = details.LastPage;
            }

            var sameAs = new JsonArray();
            if (publication.Citation.DoiUrl is { } doiUrl && SafeUrl.Http(doiUrl) is { } safeDoi)
            {
                sameAs.Add(safeDoi);
                article["doi"] = details.Doi;
            }

            if (SafeUrl.Http(publication.Citation.Url) is { } link && !sameAs.Any(n => n!.GetValue<string>() == link))
            {
                sameAs.Add(link);
            }

            if (sameAs.Count > 0)
            {
                article["sameAs"] = sameAs;
            }

            var images = new JsonArray();
            foreach (var image in imageUrls)
            {
                images.Add(image);
            }

            if (images.Count > 0)
            {
                article["image"] = images;
            }

            var json = article.ToJsonString(JsonOptions);

            // The encoder already writes < as \u003C; this guards against a change of encoder.
            return json.Replace("<", "\\u003C", StringComparison.Ordinal);
        }

        /// <summary>The JSON-LD as a <c>&lt;script type="application/ld+json"&gt;</c> data block.</summary>
        /// <param name="json">JSON from <see cref="Json"/>.</param>
        /// <returns>The HTML, safe because the JSON contains no <c>&lt;</c>.</returns>
        public static IHtmlContent Script(string json) => new JsonLdContent(json);

        private static string SchemaType(PublicationKind kind) => kind switch
        {
            PublicationKind.Chapter => "Chapter",
            PublicationKind.Book => "Book",
            PublicationKind.Thesis => "Thesis",
            PublicationKind.Report => "Report",
            _ => "ScholarlyArticle",
        };

        private sealed class JsonLdContent : IHtmlContent
        {
            private readonly string _json;

            public JsonLdContent(string json)
            {
                if (json.Contains('<', StringComparison.Ordinal))
                {
                    throw new ArgumentException("JSON-LD must not contain '<'.", nameof(json));
                }

                _json = json;
            }

            public void WriteTo(TextWriter writer, HtmlEncoder encoder)
            {
                writer.Write("<script type=\"application/ld+json\">");
                writer.Write(_json);
                writer.Write("</script>");
            }
        }
    }
}
