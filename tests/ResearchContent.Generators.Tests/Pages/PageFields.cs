using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using static ResearchContent.Generators.Tests.Infrastructure.ExpectedJson;

namespace ResearchContent.Generators.Tests.Pages
{
    /// <summary>The fields of a compiled publication next to what the page corpus expects of them, as comparable strings.</summary>
    internal static class PageFields
    {
        public static IEnumerable<(string Field, string? Expected, string? Actual)> Compare(JsonElement expected, Publication publication)
        {
            yield return ("titleEn", Text(expected, "titleEn"), Fold(publication.Title.En));
            yield return ("titleZh", Text(expected, "titleZh"), Fold(publication.Title.Zh));
            yield return ("abstractEn", Text(expected, "abstractEn"), Fold(publication.Abstract.En));
            yield return ("abstractZh", Text(expected, "abstractZh"), Fold(publication.Abstract.Zh));
            yield return ("citationText", Text(expected, "citationText"), Fold(publication.Citation.Text));
            // A citation typed without a link has an empty Url (the property is never null); the expectation says null.
            yield return ("citationUrl", Text(expected, "citationUrl"), publication.Citation.Url.Length == 0 ? null : publication.Citation.Url);
            yield return ("doi", Text(expected, "doi"), publication.Citation.Doi);
            yield return ("links", Join(expected.GetProperty("links").EnumerateArray().Select(l => Text(l, "text") + " " + Text(l, "url"))), Join(publication.Links.Select(l => l.Text + " " + l.Url)));
            var figures = expected.GetProperty("figures").EnumerateArray().ToArray();
            yield return ("figures", figures.Length.ToString(CultureInfo.InvariantCulture), publication.Figures.Count.ToString(CultureInfo.InvariantCulture));
            for (var i = 0; i < figures.Length && i < publication.Figures.Count; i++)
            {
                var figure = publication.Figures[i];
                yield return ($"figure{i}.src", Text(figures[i], "src"), figure.Source);
                yield return ($"figure{i}.alt", Text(figures[i], "alt"), figure.Alt);
                yield return ($"figure{i}.width", Text(figures[i], "width"), figure.Width?.ToString(CultureInfo.InvariantCulture));
                yield return ($"figure{i}.captionEn", Text(figures[i], "captionEn"), Fold(figure.Caption.En));
                yield return ($"figure{i}.captionZh", Text(figures[i], "captionZh"), Fold(figure.Caption.Zh));
            }

            // Pages written before notes and sections were read (group-2024) say nothing about them; where the expected entry
            // names them, they are compared like every other field.
            if (expected.TryGetProperty("notesEn", out _))
            {
                yield return ("notesEn", Text(expected, "notesEn"), Fold(publication.Notes.En));
            }

            if (expected.TryGetProperty("notesZh", out _))
            {
                yield return ("notesZh", Text(expected, "notesZh"), Fold(publication.Notes.Zh));
            }

            if (expected.TryGetProperty("sections", out var sections))
            {
                yield return ("sections", Join(sections.EnumerateArray().Select(s => s.GetString()!)), Join(publication.Sections));
            }

            var citation = expected.GetProperty("citation");
            var parsed = publication.Citation;
            yield return ("citation.authors", Join(citation.GetProperty("authors").EnumerateArray().Select(a => a.GetString()!)), Join(parsed.Authors.Select(Format)));
            yield return ("citation.year", Text(citation, "year"), parsed.Year?.ToString(CultureInfo.InvariantCulture));
            yield return ("citation.title", Text(citation, "title"), parsed.Title);
            yield return ("citation.container", Text(citation, "container"), parsed.Container);
            yield return ("citation.volume", Text(citation, "volume"), parsed.Volume);
            yield return ("citation.issue", Text(citation, "issue"), parsed.Issue);
            yield return ("citation.pages", Text(citation, "pages"), parsed.Pages);
            yield return ("citation.articleNumber", Text(citation, "articleNumber"), parsed.ArticleNumber);
            yield return ("citation.note", Text(citation, "note"), parsed.Note);
        }

        private static string Format(Author author) =>
            author.Family + (author.Given.Length == 0 ? string.Empty : ", " + author.Given)
            + (author.Suffix is null ? string.Empty : ", " + author.Suffix) + (author.IsCorresponding ? "*" : string.Empty);

        // The catalog keeps the no-break space an author typed as "&nbsp;" (as in "Mw&nbsp;7.8"); a reader sees a space, and the
        // corpora's conventions say so for every text field.
        private static string? Fold(string? text) => text?.Replace('\u00A0', ' ');
    }
}
