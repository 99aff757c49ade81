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
    /// <summary>One <c>&lt;meta&gt;</c> tag: a <c>name</c> (Highwire) or <c>property</c> (Open Graph) and its content.</summary>
    /// <param name="Attribute"><c>name</c> or <c>property</c>.</param>
    /// <param name="Key">The tag's name or property.</param>
    /// <param name="Content">The content; HTML-encoded when rendered.</param>
    public sealed record MetaTag(string Attribute, string Key, string Content);

    /// <summary>
    /// The metadata of a detail page: Google Scholar's Highwire Press tags, Open Graph tags and a schema.org
    /// work (ScholarlyArticle, Chapter, Book, Thesis or Report) as JSON-LD.
    /// </summary>
    public static class ScholarMetadata
    {
        private static readonly JsonSerializerOptions JsonOptions = new()
        {
            // Escapes <, >, &, ' and + as \uXXXX whatever the range, so no "</script>" can appear in the output.
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            WriteIndented = true,
        };

        /// <summary>The Highwire Press tags that Google Scholar reads.</summary>
        /// <param name="publication">The publication.</param>
        /// <param name="details">Its citation's parts.</param>
        /// <param name="pageUrl">The absolute address of the detail page.</param>
        /// <returns>The tags, in the order Google Scholar documents them.</returns>
        public static IReadOnlyList<MetaTag> Highwire(Publication publication, CitationDetails details, string pageUrl)
        {
            var tags = new List<MetaTag>();
            void Add(string name, string? content)
            {
                if (!string.IsNullOrWhiteSpace(content))
                {
                    tags.Add(new MetaTag("name", name, content!));
                }
            }

            Add("citation_title", EnglishFirst(publication.Title));
            foreach (var author in details.Authors)
            {
                Add("citation_author", author.InvertedName);
            }

            var year = details.Year > 0 ? details.Year : publication.Year;
            Add("citation_publication_date", year > 0 ? year.ToString("0000", CultureInfo.InvariantCulture) : null);
            Add(ContainerTag(details.Kind), details.Container);
            Add("citation_volume", details.Volume);
            Add("citation_issue", details.Issue);
            Add("citation_firstpage", details.FirstPage);
            Add("citation_lastpage", details.LastPage);
            Add("citation_doi", details.Doi);
            Add("citation_abstract_html_url", pageUrl);
            Add("citation_language", publication.Title.En is not null ? "en" : "zh");
            return tags;
        }

        /// <summary>The Open Graph tags.</summary>
        /// <param name="publication">The publication.</param>
        /// <param name="language">The page's language.</param>
        /// <param name="pageUrl">The absolute address of the detail page.</param>
        /// <param name="siteName">The site's name.</param>
        /// <param name="imageUrl">An absolute image address, or <see langword="null"/>.</param>
        /// <returns>The tags.</returns>
        public static IReadOnlyList<MetaTag> OpenGraph(Publication publication, string language, string pageUrl, string siteName, string? imageUrl)
        {
            var tags = new List<MetaTag>
            {
                new("property", "og:type", "article"),
                new("property", "og:title", publication.Title.Get(language) ?? publication.Key),
                new("property", "og:url", pageUrl),
                new("property", "og:site_name", siteName),
                new("property", "og:locale", publication.Title.LanguageOf(language) == Language.Chinese ? "zh_CN" : "en_US"),
            };

            var description = Description(publication, language);
            if (description is not null)
            {
                tags.Add(new MetaTag("property", "og:description", description));
            }

            if (imageUrl is not null)
            {
                tags.Add(new MetaTag("property", "og:image", imageUrl));
            }

            if (publication.Year > 0)
            {
                tags.Add(new MetaTag("property", "article:published_time", publication.Year.ToString("0000", CultureInfo.InvariantCulture)));
            }

            return tags;
        }

        /// <summary>The first sentences of the abstract, for descriptions, at most about 300 characters.</summary>
        /// <param name="publication">The publication.</param>
        /// <param name="language">The language.</param>
        /// <returns>The description, or <see langword="null"/>.</returns>
        public static string? Description(Publication publication, string language)
        {
            var text = publication.Abstract.Get(language);
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            var flat = string.Join(' ', text!.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (flat.Length <= 300)
            {
                return flat;
            }

            var cut = flat.LastIndexOf(' ', 297);
            return flat.Substring(0, cut > 200 ? cut : 297) + "…";
        }

        /// <summary>
        /// The schema.org work (a ScholarlyArticle, Chapter, Book, Thesis or Report), serialized with every <c>&lt;</c>
        /// escaped.
        /// </summary>
        /// <param name="publication">The publication.</param>
        /// <param name="details">Its citation's parts.</param>
        /// <param name="pageUrl">The absolute address of the detail page.</param>
        /// <param name="imageUrls">Absolute addresses of its shown figures.</param>
        /// <returns>The JSON text.</returns>
        public static string JsonLd(Publication publication, CitationDetails details, string pageUrl, IEnumerable<string> imageUrls)
        {
            var article = new JsonObject
            {
                ["@context"] = "https://schema.org",
                ["@type"] = SchemaType(details.Kind),
                ["@id"] = pageUrl,
                ["url"] = pageUrl,
                ["identifier"] = publication.Key,
            };

            var headline = EnglishFirst(publication.Title);
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
        /// <param name="json">JSON from <see cref="JsonLd"/>.</param>
        /// <returns>The HTML, safe because the JSON contains no <c>&lt;</c>.</returns>
        public static IHtmlContent JsonLdScript(string json) => new JsonLdContent(json);

        // The Highwire tag that names a kind's container: the journal, the conference, the book a chapter is in, a thesis's
        // or a report's institution. (A whole book has none.)
        private static string ContainerTag(PublicationKind kind) => kind switch
        {
            PublicationKind.Conference => "citation_conference_title",
            PublicationKind.Chapter => "citation_inbook_title",
            PublicationKind.Thesis => "citation_dissertation_institution",
            PublicationKind.Report => "citation_technical_report_institution",
            _ => "citation_journal_title",
        };

        private static string SchemaType(PublicationKind kind) => kind switch
        {
            PublicationKind.Chapter => "Chapter",
            PublicationKind.Book => "Book",
            PublicationKind.Thesis => "Thesis",
            PublicationKind.Report => "Report",
            _ => "ScholarlyArticle",
        };

        private static string? EnglishFirst(LocalizedText text) => text.En ?? text.Zh;

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
