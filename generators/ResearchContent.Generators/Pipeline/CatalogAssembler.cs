using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using ResearchContent.Generators.Diagnostics;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Parsing;

namespace ResearchContent.Generators.Pipeline
{
    /// <summary>
    /// Joins the parsed entries to their pages and runs the checks that need more than one entry or the
    /// project's files: duplicate labels, keys and alt texts, missing images, missing Chinese text. Turns
    /// entry-relative positions into file positions. An entry with an error is left out of the catalog.
    /// </summary>
    internal sealed class CatalogAssembler
    {
        /// <summary>
        /// Members of the generated class, its own name, and members of object: a publication property with one of
        /// these names would not compile or would hide it. The factories <c>Create0</c>, <c>Create1</c>, … are
        /// checked by <see cref="IsReserved"/>.
        /// </summary>
        private static readonly HashSet<string> ReservedNames = new(StringComparer.Ordinal)
        {
            "ResearchCatalog", "Publications", "Pages", "Diagnostics", "TryGet", "IndexOf", "Get", "Create", "CreateAll",
            "CreatePages", "CreateDiagnostics", "D", "Equals", "ReferenceEquals", "GetHashCode", "GetType", "ToString", "MemberwiseClone",
        };

        private readonly ImageIndex _images;
        private readonly List<DiagnosticInfo> _diagnostics = new();
        private readonly List<ContentDiagnosticModel> _contentDiagnostics = new();
        private readonly List<PublicationModel> _publications = new();
        private readonly List<PageModel> _pages = new();
        private readonly Dictionary<string, (string Label, string Location)> _keys = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, (string Label, string Location)> _propertyNames = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (string Label, string Location)> _dois = new(StringComparer.OrdinalIgnoreCase);

        private CatalogAssembler(ImmutableArray<string> contentFiles) => _images = new ImageIndex(contentFiles);

        public static CatalogBuild Assemble(
            ImmutableArray<ParsedEntry> parsedEntries,
            ImmutableArray<PageSource> pages,
            ImmutableArray<string> contentFiles)
        {
            var assembler = new CatalogAssembler(contentFiles);
            try
            {
                assembler.Run(parsedEntries, pages);
            }
            catch (Exception exception)
            {
                var path = pages.IsDefaultOrEmpty ? string.Empty : pages[0].FilePath;
                assembler._diagnostics.Add(new DiagnosticInfo(
                    DiagnosticDescriptors.UnexpectedFailure.Id, path, 0, 0, 0, 0, 0, 0,
                    new[] { FailureMessage.Of(exception) }.ToEquatableArray()));
            }

            return new CatalogBuild(
                new CatalogModel(assembler._pages.ToEquatableArray(), assembler._publications.ToEquatableArray(), assembler._contentDiagnostics.ToEquatableArray()),
                assembler._diagnostics.ToEquatableArray());
        }

        private void Run(ImmutableArray<ParsedEntry> parsedEntries, ImmutableArray<PageSource> pages)
        {
            // Entries come in the order of their pages, as the pipeline flattened them.
            var next = 0;
            var joined = new List<(PageSource Page, List<(EntrySource Source, ParsedEntry Parsed)> Entries)>();
            foreach (var page in pages)
            {
                var entries = new List<(EntrySource, ParsedEntry)>();
                foreach (var source in page.Entries)
                {
                    entries.Add((source, parsedEntries[next++]));
                }

                joined.Add((page, entries));
            }

            foreach (var (page, entries) in joined.OrderBy(p => p.Page.RelativePath, StringComparer.Ordinal).ThenBy(p => p.Page.FilePath, StringComparer.Ordinal))
            {
                AssemblePage(page, entries);
            }
        }

        private void AssemblePage(PageSource page, List<(EntrySource Source, ParsedEntry Parsed)> entries)
        {
            foreach (var diagnostic in page.Diagnostics)
            {
                Add(page, diagnostic);
            }

            var first = _publications.Count;
            var bilingual = entries.Any(e => e.Parsed.TitleZh is not null || e.Parsed.AbstractZh is not null);
            var labels = new Dictionary<string, int>(StringComparer.Ordinal);
            var alts = new Dictionary<string, int>(StringComparer.Ordinal);

            foreach (var (source, parsed) in entries)
            {
                var shift = source.StartLine;
                var failed = false;
                foreach (var diagnostic in parsed.Diagnostics)
                {
                    failed |= Report(page, diagnostic.Id, diagnostic.Span.Shift(shift), diagnostic.Arguments.ToArray());
                }

                if (parsed.Label is null || parsed.Key is null)
                {
                    continue;
                }

                var labelSpan = parsed.LabelSpan.Shift(shift);
                if (labels.TryGetValue(parsed.Label, out var firstLine))
                {
                    failed |= Report(page, DiagnosticDescriptors.DuplicateLabel.Id, labelSpan, parsed.Label, Number(firstLine + 1));
                }
                else
                {
                    labels.Add(parsed.Label, labelSpan.StartLine);
                }

                var (key, keySpan) = ChooseKey(page, parsed, shift);
                failed |= !CheckKey(page, parsed.Label, key, keySpan);

                if (parsed.Doi is not null)
                {
                    var citationSpan = parsed.CitationSpan.Shift(shift);
                    if (_dois.TryGetValue(parsed.Doi, out var citedBy))
                    {
                        failed |= Report(page, DiagnosticDescriptors.DuplicateDoi.Id, citationSpan, parsed.Doi, citedBy.Label, citedBy.Location);
                    }
                    else
                    {
                        _dois.Add(parsed.Doi, (parsed.Label, page.RelativePath + "(" + Number(citationSpan.StartLine + 1) + ")"));
                    }
                }

                var figures = new List<FigureModel>();
                foreach (var figure in parsed.Figures)
                {
                    var external = ImageIndex.IsExternal(figure.Source);
                    var exists = external || _images.Contains(figure.Source);
                    if (!exists)
                    {
                        Report(page, DiagnosticDescriptors.MissingImageFile.Id, figure.ImageSpan.Shift(shift), figure.Source);
                    }

                    if (!string.IsNullOrEmpty(figure.Alt))
                    {
                        var altSpan = figure.AltSpan.Shift(shift);
                        if (alts.TryGetValue(figure.Alt!, out var altLine))
                        {
                            Report(page, DiagnosticDescriptors.DuplicateAltText.Id, altSpan, figure.Alt!, Number(altLine + 1));
                        }
                        else
                        {
                            alts.Add(figure.Alt!, altSpan.StartLine);
                        }
                    }

                    figures.Add(new FigureModel(figure.Source, figure.Alt, figure.Width, figure.CaptionEn, figure.CaptionZh, exists));
                }

                if (bilingual && parsed.TitleZh is null && parsed.TitleEn is not null)
                {
                    Report(page, DiagnosticDescriptors.MissingChineseTitle.Id, parsed.TitleSpan.Shift(shift), parsed.Label);
                }

                if (bilingual && parsed.AbstractZh is null)
                {
                    Report(page, DiagnosticDescriptors.MissingChineseAbstract.Id, labelSpan, parsed.Label);
                }

                if (failed || parsed.TitleEn is null || parsed.CitationText is null || parsed.CitationUrl is null || parsed.Citation is null)
                {
                    continue;
                }

                _publications.Add(new PublicationModel(
                    key,
                    KeyDeriver.PropertyName(key),
                    parsed.Label,
                    parsed.Year,
                    parsed.Number,
                    parsed.TitleEn,
                    parsed.TitleZh,
                    parsed.AbstractEn,
                    parsed.AbstractZh,
                    parsed.CitationText,
                    parsed.CitationUrl,
                    parsed.Doi,
                    parsed.Citation,
                    figures.ToEquatableArray(),
                    page.RelativePath,
                    labelSpan.StartLine + 1));
            }

            _pages.Add(new PageModel(
                page.RelativePath,
                page.FrontMatter.Get("title"),
                page.FrontMatter.Get("permalink"),
                page.FrontMatter.Get("layout"),
                page.FrontMatter.Values,
                first,
                _publications.Count - first));
        }

        /// <summary>The entry's own key comment wins over the page's <c>keys</c> mapping, which wins over the derived key.</summary>
        private (string Key, RelativeSpan Span) ChooseKey(PageSource page, ParsedEntry parsed, int shift)
        {
            if (!parsed.KeyIsExplicit)
            {
                foreach (var entry in page.FrontMatter.KeyOverrides)
                {
                    if (entry.Name == parsed.Label)
                    {
                        return (entry.Value, new RelativeSpan(entry.Line, entry.Column, entry.Line, entry.Column + entry.Value.Length));
                    }
                }
            }

            return (parsed.Key!, parsed.KeySpan.Shift(shift));
        }

        private bool CheckKey(PageSource page, string label, string key, RelativeSpan span)
        {
            var location = page.RelativePath + "(" + Number(span.StartLine + 1) + ")";
            if (!KeyDeriver.IsValidKey(key))
            {
                Report(page, DiagnosticDescriptors.InvalidKey.Id, span, key, "it has characters a key cannot have");
                return false;
            }

            var propertyName = KeyDeriver.PropertyName(key);
            if (IsReserved(propertyName))
            {
                Report(page, DiagnosticDescriptors.InvalidKey.Id, span, key, "its property '" + propertyName + "' would hide a member of ResearchCatalog");
                return false;
            }

            if (_keys.TryGetValue(key, out var other) || _propertyNames.TryGetValue(propertyName, out other))
            {
                Report(page, DiagnosticDescriptors.DuplicateKey.Id, span, key, other.Label, other.Location);
                return false;
            }

            _keys.Add(key, (label, location));
            _propertyNames.Add(propertyName, (label, location));
            return true;
        }

        private static bool IsReserved(string propertyName) =>
            ReservedNames.Contains(propertyName)
            || (propertyName.Length > "Create".Length && propertyName.StartsWith("Create", StringComparison.Ordinal)
                && propertyName.Substring("Create".Length).All(char.IsDigit));

        /// <summary>Reports a diagnostic at a span of the page; returns whether it is an error.</summary>
        private bool Report(PageSource page, string id, RelativeSpan span, params string[] arguments)
        {
            var info = DiagnosticInfo.At(id, page.FilePath, page.LineStarts, span, arguments);
            Add(page, info);
            return DiagnosticDescriptors.Get(id).DefaultSeverity == DiagnosticSeverity.Error;
        }

        private void Add(PageSource page, DiagnosticInfo info)
        {
            _diagnostics.Add(info);
            var descriptor = DiagnosticDescriptors.Get(info.Id);
            if (descriptor.DefaultSeverity != DiagnosticSeverity.Error)
            {
                var message = string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture), info.Arguments.ToArray());
                _contentDiagnostics.Add(new ContentDiagnosticModel(
                    info.Id, descriptor.DefaultSeverity.ToString(), message, page.RelativePath, info.StartLine + 1, info.StartColumn + 1));
            }
        }

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
