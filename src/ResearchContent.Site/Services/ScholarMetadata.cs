using System;
using System.Collections.Generic;
using System.Globalization;

namespace ResearchContent.Site.Services
{
    /// <summary>One <c>&lt;meta&gt;</c> tag: a <c>name</c> (Highwire) or <c>property</c> (Open Graph) and its content.</summary>
    /// <param name="Attribute"><c>name</c> or <c>property</c>.</param>
    /// <param name="Key">The tag's name or property.</param>
    /// <param name="Content">The content; HTML-encoded when rendered.</param>
    public sealed record MetaTag(string Attribute, string Key, string Content);

    /// <summary>
    /// The metadata of a detail page: Google Scholar's Highwire Press tags and Open Graph tags; the schema.org work is
    /// <see cref="SchemaOrgWork"/>.
    /// </summary>
    public static class ScholarMetadata
    {
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

        /// <summary>The English text, else the Chinese: metadata for search engines names one language.</summary>
        internal static string? EnglishFirst(LocalizedText text) => text.En ?? text.Zh;

    }
}
