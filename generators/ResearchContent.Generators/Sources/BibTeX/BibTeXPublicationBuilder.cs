using System;
using System.Collections.Generic;
using ResearchContent.Generators.Diagnostics;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Primitives;
using ResearchContent.Generators.Sources.Citations;

namespace ResearchContent.Generators.Sources.BibTeX
{
    /// <summary>
    /// Turns an entry that was read without error into a <see cref="SourcePublication"/>: the fields the catalog has
    /// a place for go there, al-folio's fields become links, a figure and badges, and every other field is kept as
    /// written in <see cref="SourcePublication.Fields"/>, so nothing the file says is lost.
    /// </summary>
    internal sealed class BibTeXPublicationBuilder
    {
        // Where the work appeared, in the order a citation prefers them; the publisher names a book's.
        private static readonly string[] VenueFields = { "journal", "journaltitle", "booktitle", "school", "institution" };
        private static readonly string[] ArticleNumberFields = { "eid", "articleno", "article-number" };

        private readonly BibTeXEntry _entry;
        private readonly BibTeXDiagnosticList _diagnostics;
        private readonly BibTeXFieldText _text;
        private readonly HashSet<string> _used = new();

        private BibTeXPublicationBuilder(BibTeXEntry entry, BibTeXDiagnosticList diagnostics)
        {
            _entry = entry;
            _diagnostics = diagnostics;
            _text = new BibTeXFieldText(entry, diagnostics);
        }

        /// <summary>The publication an entry states; its warnings (no title, no year, unknown commands) go to <paramref name="diagnostics"/>.</summary>
        public static SourcePublication Build(BibTeXEntry entry, string filePath, string relativePath, BibTeXDiagnosticList diagnostics) =>
            new BibTeXPublicationBuilder(entry, diagnostics).Build(filePath, relativePath);

        private SourcePublication Build(string filePath, string relativePath)
        {
            var title = Take("title");
            var (authors, truncated) = Authors();
            var date = BibTeXDate.Read(_text.Of("year"), _text.Of("month"), _text.Of("day"), _text.Of("date"));
            MarkUsed("year", date.UsesYear);
            MarkUsed("month", date.UsesMonth);
            MarkUsed("day", date.UsesDay);
            MarkUsed("date", date.UsesDate);
            var kind = BibTeXEntryKinds.Of(_entry.Type, _text.Of);
            var venueField = Array.Find(VenueFields, name => _entry.Field(name) is not null)
                ?? (kind == PublicationKind.Book && _entry.Field("publisher") is not null ? "publisher" : null);
            var venue = venueField is null ? null : Take(venueField);
            var doi = Doi(Take("doi"));
            var container = venueField == "publisher" ? null : venue;
            if (container is null && kind == PublicationKind.Preprint)
            {
                // The archive the entry names (archivePrefix = {arXiv}) is where a preprint appeared.
                container = _text.Of("archiveprefix") ?? _text.Of("eprinttype");
            }

            var citation = Citation(authors, truncated, date.Year, title, container, doi, kind);
            ReportMissing(title, date);
            var (links, figures) = AlFolioParts(title);
            return new SourcePublication
            {
                Format = SourceFormat.BibTeX,
                FilePath = filePath,
                RelativePath = relativePath,
                Span = Span(_entry.Start, _entry.HeadEnd),
                ExplicitKey = _entry.Key,
                Title = title,
                AbstractEn = Take("abstract"),
                Year = date.Year,
                Date = date.Date,
                Venue = venue,
                Kind = kind,
                Doi = doi,
                Url = Take("url"),
                Citation = citation,
                Links = links,
                Figures = figures,
                Abbreviation = Take(AlFolioFields.Abbreviation),
                Award = Take(AlFolioFields.Award),
                Selected = Selected(),
                Locations = Locations(date, venueField),
                Fields = OtherFields(),
            };
        }

        private ParsedCitation Citation(EquatableArray<ParsedAuthor> authors, bool truncated, int? year, string? title, string? container, string? doi, PublicationKind kind)
        {
            var details = new SourceDetails
            {
                Volume = Take("volume"),
                // A journal's number is its issue; a report's, a book's or a proceedings' number is not, and stays a field.
                Issue = (kind == PublicationKind.Article ? Take("number") : null) ?? Take("issue"),
                Pages = Take("pages"),
                ArticleNumber = ArticleNumber(),
            };

            // Built as the citation reader builds its own, so that both name a missing field alike.
            var authorList = new AuthorList(authors, truncated, Success: authors.Count > 0);
            return ParsedCitationBuilder.Build(authorList, year, title, container, details, kind, new CleanCitation(string.Empty, doi, Take("note")));
        }

        private (EquatableArray<ParsedAuthor> Authors, bool Truncated) Authors()
        {
            var field = _entry.Field("author");
            if (field is null)
            {
                return (EquatableArray<ParsedAuthor>.Empty, false);
            }

            // Decoded whole once, so that an unknown command in a name is reported where it is written.
            _text.Of("author");
            _used.Add("author");
            return BibTeXNameList.Parse(field.Value.Text);
        }

        private string? ArticleNumber()
        {
            foreach (var name in ArticleNumberFields)
            {
                if (_entry.Field(name) is not null)
                {
                    return Take(name);
                }
            }

            return null;
        }

        /// <summary>The bare DOI: <c>https://doi.org/10.1029/…</c> and <c>doi:10.1029/…</c> are <c>10.1029/…</c>, as written otherwise.</summary>
        private static string? Doi(string? doi)
        {
            if (string.IsNullOrEmpty(doi))
            {
                return null;
            }

            var bare = doi!.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? DoiReader.FromUrl(doi) ?? doi : doi;
            return bare.StartsWith("doi:", StringComparison.OrdinalIgnoreCase) ? bare.Substring(4).Trim() : bare;
        }

        private bool Selected()
        {
            var value = _text.Of(AlFolioFields.Selected)?.ToLowerInvariant();
            MarkUsed(AlFolioFields.Selected, value is "true" or "yes" or "false" or "no");
            return value is "true" or "yes";
        }

        private (EquatableArray<LinkModel> Links, EquatableArray<FigureModel> Figures) AlFolioParts(string? title)
        {
            var links = new List<LinkModel>();
            var figures = new List<FigureModel>();
            foreach (var field in _entry.Fields)
            {
                var linkText = AlFolioFields.LinkText(field.Name);
                var value = linkText is null && field.Name != AlFolioFields.Preview ? null : Take(field.Name);
                if (string.IsNullOrEmpty(value))
                {
                    continue;
                }

                if (linkText is not null)
                {
                    links.Add(new LinkModel(linkText, AlFolioFields.Address(field.Name, value!)));
                }
                else
                {
                    figures.Add(new FigureModel(AlFolioFields.Address(field.Name, value!), title, Width: null, CaptionEn: null, CaptionZh: null, ImageExists: false));
                }
            }

            return (links.ToEquatableArray(), figures.ToEquatableArray());
        }

        private void ReportMissing(string? title, BibTeXDate date)
        {
            var head = _entry.HeadEnd - _entry.Start;
            if (string.IsNullOrEmpty(title))
            {
                _diagnostics.Add(DiagnosticDescriptors.BibTeXEntryWithoutTitle, _entry.Start, head, _entry.DisplayName);
            }

            if (date.Year is null)
            {
                var year = _text.Of("year");
                var iso = _text.Of("date");
                var problem = year is not null ? "has the year '" + year + "', which is not a four-digit year"
                    : iso is not null ? "has the date '" + iso + "', which is not a date such as 2021-03-05"
                    : "has no year";
                _diagnostics.Add(DiagnosticDescriptors.BibTeXEntryWithoutYear, _entry.Start, head, _entry.DisplayName, problem);
            }
        }

        private EquatableArray<FieldLocation> Locations(BibTeXDate date, string? venueField)
        {
            var locations = new List<FieldLocation>();
            Locate(locations, "title", "title");
            Locate(locations, "year", date.UsesYear ? "year" : date.UsesDate ? "date" : null);
            Locate(locations, "doi", "doi");
            Locate(locations, "venue", venueField);
            Locate(locations, "authors", "author");
            return locations.ToEquatableArray();
        }

        private void Locate(List<FieldLocation> locations, string name, string? fieldName)
        {
            var field = fieldName is null ? null : _entry.Field(fieldName);
            if (field is not null)
            {
                locations.Add(new FieldLocation(name, Span(field.Value.Start, field.Value.End)));
            }
        }

        private EquatableArray<SourceField> OtherFields()
        {
            var fields = new List<SourceField>();
            foreach (var field in _entry.Fields)
            {
                if (!_used.Contains(field.Name))
                {
                    fields.Add(new SourceField(field.Name, _text.Of(field.Name) ?? string.Empty));
                }
            }

            return fields.ToEquatableArray();
        }

        /// <summary>The field's text, which then is not among the other fields; <see langword="null"/> when the entry has none or it is empty.</summary>
        private string? Take(string name)
        {
            var text = _text.Of(name);
            MarkUsed(name, text is not null);
            return string.IsNullOrEmpty(text) ? null : text;
        }

        private void MarkUsed(string name, bool used)
        {
            if (used)
            {
                _used.Add(name);
            }
        }

        private RelativeSpan Span(int start, int end) => _diagnostics.Span(start, end - start);
    }
}
