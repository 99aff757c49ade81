using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace ResearchContent.Reports
{
    /// <summary>
    /// A plain-text report of the catalog: each page's publications by year, newest first (with the sections the page
    /// lists each under and its notes), then those only a collection
    /// or a BibTeX file lists, then the content warnings.
    /// </summary>
    internal sealed class CatalogReport
    {
        private readonly IReadOnlyList<Page> _pages;
        private readonly IReadOnlyList<Publication> _publications;
        private readonly IReadOnlyList<ContentDiagnostic> _diagnostics;

        public CatalogReport(IReadOnlyList<Page> pages, IReadOnlyList<Publication> publications, IReadOnlyList<ContentDiagnostic> diagnostics)
        {
            _pages = pages;
            _publications = publications;
            _diagnostics = diagnostics;
        }

        public void Write(TextWriter output)
        {
            foreach (var page in _pages)
            {
                WritePage(output, page);
            }

            var listed = new HashSet<Publication>(_pages.SelectMany(page => page.Publications));
            var unlisted = _publications.Where(publication => !listed.Contains(publication)).ToList();
            if (unlisted.Count > 0)
            {
                WritePage(output, new Page { Title = "Other publications (collections and BibTeX files)", Publications = unlisted });
            }

            WriteDiagnostics(output);
        }

        private static void WritePage(TextWriter output, Page page)
        {
            var title = page.Title ?? page.Path;
            output.WriteLine($"{title} — {Count(page.Publications.Count, "publication")}");
            if (page.Path.Length > 0)
            {
                output.WriteLine($"  {page.Path}{(page.Permalink is null ? string.Empty : "  →  " + page.Permalink)}");
            }

            output.WriteLine();

            foreach (var year in page.Publications.GroupBy(p => p.Year).OrderByDescending(g => g.Key))
            {
                output.WriteLine(year.Key.ToString(CultureInfo.InvariantCulture));
                output.WriteLine(new string('=', 4));
                foreach (var publication in year.OrderByDescending(p => p.Number))
                {
                    WritePublication(output, publication);
                }
            }
        }

        private static void WritePublication(TextWriter output, Publication publication)
        {
            output.WriteLine(publication.Label.Length > 0 ? $"[{publication.Label}] {publication.Key}" : $"[{publication.Key}]");
            output.WriteLine($"  {publication.Title.En}");
            if (publication.Title.Zh is not null)
            {
                output.WriteLine($"  {publication.Title.Zh}");
            }

            if (publication.Citation.Authors.Count > 0)
            {
                output.WriteLine($"  {string.Join("; ", publication.Citation.Authors.Select(a => a.ToString()))}");
            }

            output.WriteLine($"  {publication.Citation.Text}");
            output.WriteLine($"  {publication.Citation.DoiUrl ?? publication.Citation.Url}");
            var facts = new List<string> { publication.Kind.ToString() };
            facts.AddRange(new[] { publication.Venue, publication.Date }.Where(fact => !string.IsNullOrEmpty(fact))!);
            output.WriteLine($"  {string.Join(" · ", facts)}");
            foreach (var link in publication.Links)
            {
                output.WriteLine($"  {link.Text}: {link.Url}");
            }

            if (publication.Sections.Count > 0)
            {
                output.WriteLine($"  Listed under: {string.Join(" › ", publication.Sections)}");
            }

            foreach (var note in new[] { publication.Notes.En, publication.Notes.Zh }.Where(n => n is not null).SelectMany(n => n!.Split(new[] { "\n\n" }, System.StringSplitOptions.None)))
            {
                output.WriteLine($"  Note: {note}");
            }

            if (publication.Sources.Count > 1)
            {
                output.WriteLine($"  Sources: {string.Join(", ", publication.Sources)}");
            }

            foreach (var figure in publication.Figures)
            {
                var width = figure.Width is { } pixels ? $", {pixels}px" : string.Empty;
                var missing = figure.ImageExists ? string.Empty : " (image file missing)";
                output.WriteLine($"  Figure: {figure.Source}{width}{missing}");
                if (figure.Caption.En is not null)
                {
                    output.WriteLine($"    {figure.Caption.En}");
                }

                if (figure.Caption.Zh is not null)
                {
                    output.WriteLine($"    {figure.Caption.Zh}");
                }
            }

            output.WriteLine();
        }

        private void WriteDiagnostics(TextWriter output)
        {
            if (_diagnostics.Count == 0)
            {
                output.WriteLine("Validation: no warnings.");
                return;
            }

            var warnings = _diagnostics.Count(d => d.Severity == "Warning");
            output.WriteLine($"Validation: {Count(warnings, "warning")}, {Count(_diagnostics.Count - warnings, "message")}");
            foreach (var group in _diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, System.StringComparer.Ordinal))
            {
                var lines = string.Join(", ", group.Select(d => d.Line.ToString(CultureInfo.InvariantCulture)));
                output.WriteLine($"  {group.Key} {group.First().Severity.ToLowerInvariant()} ×{group.Count()}: {group.First().Message}");
                output.WriteLine($"    at {group.First().Path} lines {lines}");
            }
        }

        private static string Count(int count, string noun) =>
            count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");
    }
}
