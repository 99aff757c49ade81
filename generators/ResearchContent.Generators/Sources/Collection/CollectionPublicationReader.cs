using System;
using System.Collections.Generic;
using System.Linq;
using ResearchContent.Generators.Diagnostics;
using ResearchContent.Generators.Keys;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Primitives;
using ResearchContent.Generators.Sources.Citations;
using ResearchContent.Generators.Sources.Page.Entries;
using Names = ResearchContent.Generators.Sources.Collection.CollectionFieldNames;

namespace ResearchContent.Generators.Sources.Collection
{
    /// <summary>
    /// Turns a collection file's front matter into the publication it states. It reads what is written and reports
    /// what cannot be used; whether a file with an error reaches the catalog is the merge's decision.
    /// </summary>
    internal sealed class CollectionPublicationReader
    {
        private readonly CollectionFrontMatter _frontMatter;
        private readonly FileDiagnosticList _diagnostics;
        private readonly HashSet<string> _read = new(StringComparer.Ordinal) { Names.Collection, Names.Published };
        private readonly List<FieldLocation> _locations = new();

        private CollectionPublicationReader(CollectionFrontMatter frontMatter, FileDiagnosticList diagnostics)
        {
            _frontMatter = frontMatter;
            _diagnostics = diagnostics;
        }

        /// <param name="frontMatter">The file's front matter.</param>
        /// <param name="relativePath">The file's path relative to the content root, whose name may carry the date.</param>
        /// <param name="firstLine">The file's first line, where the publication starts.</param>
        /// <param name="body">The Markdown after the front matter, trimmed; <see langword="null"/> when there is none.</param>
        /// <param name="categories">The site's publication categories.</param>
        /// <param name="diagnostics">Where the problems found go.</param>
        public static SourcePublication Read(
            CollectionFrontMatter frontMatter, string relativePath, RelativeSpan firstLine, string? body, CategoryNames categories, FileDiagnosticList diagnostics) =>
            new CollectionPublicationReader(frontMatter, diagnostics).Read(relativePath, firstLine, body, categories);

        private SourcePublication Read(string relativePath, RelativeSpan firstLine, string? body, CategoryNames categories)
        {
            foreach (var (entry, earlierLine) in _frontMatter.Repeated())
            {
                _diagnostics.Add(DiagnosticDescriptors.RepeatedCollectionField, _frontMatter.NameSpan(entry), entry.Name, Invariant.Number(earlierLine + 1));
            }

            var title = ReadText(Names.Title, MarkupText.FromHtml, "title");
            if (title is null)
            {
                var entry = _frontMatter.Field(Names.Title);
                _diagnostics.Add(DiagnosticDescriptors.MissingCollectionTitle, entry is null ? firstLine : _frontMatter.NameSpan(entry));
            }

            var citationText = ReadText(Names.Citation, MarkupText.FromHtml, null);
            var citation = citationText is null ? null : CitationParser.Parse(citationText, title);
            var citationEntry = _frontMatter.Field(Names.Citation);
            var authorsEntry = _frontMatter.Field(Names.Authors) ?? _frontMatter.Field(Names.Author);
            var authors = authorsEntry is null ? null : CollectionFrontMatter.TextOf(authorsEntry);

            _read.Add(Names.Date);
            var (date, year) = PublicationDate.Read(_frontMatter, relativePath, firstLine, citation, _diagnostics, _locations);
            var excerpt = ReadText(Names.Excerpt, MarkupText.FromMarkdown, null);
            LocateAuthors(citation, citationEntry, authors is null ? null : authorsEntry, excerpt);
            var @abstract = ReadText(Names.Abstract, MarkupText.FromMarkdown, null);
            var (url, links) = ReadLinks();
            var (category, kind) = ReadCategory(categories);
            var doi = ReadDoi(url, citation);
            if (citation is not null && citationEntry is not null)
            {
                CheckCitation(citation, citationEntry, title, year is not null, authors is not null);
            }

            var family = FirstAuthorName.Of(citation, citationText, authors is null ? null : MarkupText.FromHtml(authors), excerpt);
            return new SourcePublication
            {
                Format = SourceFormat.Collection,
                Span = firstLine,
                ExplicitKey = ReadKey(),
                DerivedKey = year is { } y ? KeyDeriver.Derive(family, y, title) : null,
                Title = title,
                AbstractEn = @abstract is not null && !Script.IsChinese(@abstract) ? @abstract : null,
                AbstractZh = @abstract is not null && Script.IsChinese(@abstract) ? @abstract : null,
                Year = year,
                Date = date,
                Venue = ReadText(Names.Venue, MarkupText.FromHtml, "venue"),
                Kind = KindOf(kind, citation),
                Doi = doi,
                CitationText = citationText,
                Url = url,
                Citation = citation,
                Links = links,
                Permalink = ReadText(Names.Permalink, text => text, null),
                Category = category,
                Excerpt = excerpt,
                Body = body,
                Fields = FieldsAsWritten.Except(_frontMatter, _read),
                Locations = _locations.ToEquatableArray(),
            };
        }

        /// <summary>A field's text through <paramref name="toText"/>, or <see langword="null"/> when it is missing or blank; its value is located as <paramref name="location"/>.</summary>
        private string? ReadText(string name, Func<string, string> toText, string? location)
        {
            _read.Add(name);
            if (_frontMatter.Field(name) is not { } entry || CollectionFrontMatter.TextOf(entry) is not { } raw)
            {
                return null;
            }

            var text = toText(raw).Trim();
            if (text.Length == 0)
            {
                return null;
            }

            if (location is not null)
            {
                _locations.Add(new FieldLocation(location, _frontMatter.ValueSpan(entry)));
            }

            return text;
        }

        /// <summary>
        /// Where the authors are stated: a citation whose authors were read, else an <c>authors</c> field, else an excerpt
        /// that is an author list, else the citation, whose text names them even when they could not be read.
        /// </summary>
        private void LocateAuthors(ParsedCitation? citation, YamlEntry? citationEntry, YamlEntry? authorsEntry, string? excerpt)
        {
            var excerptEntry = _frontMatter.Field(Names.Excerpt);
            var entry = citation is { Authors.Count: > 0 } ? citationEntry
                : authorsEntry
                ?? (excerpt is not null && FirstAuthorName.FromExcerpt(excerpt) is not null ? excerptEntry : null)
                ?? (citation is not null ? citationEntry : null);
            if (entry is not null)
            {
                _locations.Add(new FieldLocation("authors", _frontMatter.ValueSpan(entry)));
            }
        }

        /// <summary>Every field named <c>…url</c> is a link, in the order written; <c>paperurl</c> is also the work's own link.</summary>
        private (string? Url, EquatableArray<LinkModel> Links) ReadLinks()
        {
            string? url = null;
            var links = new List<LinkModel>();
            foreach (var entry in _frontMatter.DistinctFields())
            {
                if (!LinkField.IsLink(entry.Name) || CollectionFrontMatter.TextOf(entry) is not { } address)
                {
                    continue;
                }

                _read.Add(entry.Name);
                links.Add(new LinkModel(LinkField.TextOf(entry.Name), address));
                if (url is null && LinkField.Stem(entry.Name) == LinkField.PaperName)
                {
                    url = address;
                }
            }

            return (url, links.ToEquatableArray());
        }

        /// <summary>The category's heading from <c>_config.yml</c> (else as written), and the kind of work it names.</summary>
        private (string? Category, PublicationKind? Kind) ReadCategory(CategoryNames categories)
        {
            _read.Add(Names.Category);
            if (_frontMatter.Field(Names.Category) is not { } entry || CollectionFrontMatter.TextOf(entry) is not { } key)
            {
                return (null, null);
            }

            var title = categories.TitleOf(key);
            if (title is null && !categories.IsEmpty)
            {
                _diagnostics.Add(DiagnosticDescriptors.UnknownCollectionCategory, _frontMatter.ValueSpan(entry), key, categories.Listed());
            }

            return (title ?? key, CategoryKind.Of(key, title));
        }

        /// <summary>
        /// The DOI: the front matter's <c>doi</c> in any form a DOI is written in, else that of a doi.org
        /// <c>paperurl</c>, else the citation's. A <c>doi</c> that holds no DOI stays a field, as written.
        /// </summary>
        private string? ReadDoi(string? url, ParsedCitation? citation)
        {
            if (_frontMatter.Field(Names.Doi) is { } entry && CollectionFrontMatter.TextOf(entry) is { } written && DoiReader.FromText(written) is { } doi)
            {
                _read.Add(Names.Doi);
                _locations.Add(new FieldLocation("doi", _frontMatter.ValueSpan(entry)));
                if (citation?.Doi is { } cited && !string.Equals(doi, cited, StringComparison.OrdinalIgnoreCase))
                {
                    _diagnostics.Add(DiagnosticDescriptors.CollectionDoiMismatch, _frontMatter.ValueSpan(entry), doi, cited);
                }

                return doi;
            }

            if (url is not null && DoiReader.FromUrl(url) is { } linked)
            {
                var paper = _frontMatter.DistinctFields().First(field => LinkField.IsLink(field.Name) && LinkField.Stem(field.Name) == LinkField.PaperName);
                _locations.Add(new FieldLocation("doi", _frontMatter.ValueSpan(paper)));
                return linked;
            }

            if (citation?.Doi is { } fromCitation && _frontMatter.Field(Names.Citation) is { } citationEntry)
            {
                _locations.Add(new FieldLocation("doi", _frontMatter.ValueSpan(citationEntry)));
                return fromCitation;
            }

            return null;
        }

        /// <summary>
        /// The fields the citation lacks, as RC2203 names them. The year is not asked of a citation when the date gives
        /// it, nor the title when the front matter has one, nor the authors when an <c>authors</c> field names them.
        /// </summary>
        private void CheckCitation(ParsedCitation citation, YamlEntry entry, string? title, bool hasYear, bool hasAuthors)
        {
            var missing = citation.Unparsed
                .Where(field => !(field == CitationField.Year && hasYear)
                    && !(field == CitationField.Title && title is not null)
                    && !(field == CitationField.Authors && hasAuthors))
                .Select(CitationFieldNames.Of)
                .ToArray();
            if (missing.Length > 0)
            {
                _diagnostics.Add(DiagnosticDescriptors.IncompleteCollectionCitation, _frontMatter.ValueSpan(entry), title ?? string.Empty, string.Join(", ", missing));
            }
        }

        /// <summary>
        /// The category's kind, else the citation's, else an article. A category is a shelf of the publications page:
        /// a chapter on the "Books" shelf is still a chapter, and its citation says so.
        /// </summary>
        private static PublicationKind KindOf(PublicationKind? category, ParsedCitation? citation) => (category, citation?.Kind) switch
        {
            (PublicationKind.Book, PublicationKind.Chapter) => PublicationKind.Chapter,
            ({ } kind, _) => kind,
            (null, { } cited) => cited,
            _ => PublicationKind.Article,
        };

        /// <summary>The key set by hand with <c>key:</c>; one that cannot be a key is reported and not used.</summary>
        private string? ReadKey()
        {
            _read.Add(Names.Key);
            if (_frontMatter.Field(Names.Key) is not { } entry || CollectionFrontMatter.TextOf(entry) is not { } key)
            {
                return null;
            }

            if (KeyRules.IsValidKey(key))
            {
                return key;
            }

            _diagnostics.Add(DiagnosticDescriptors.InvalidCollectionKey, _frontMatter.ValueSpan(entry), key, KeyRules.ProblemOf(key));
            return null;
        }
    }
}
