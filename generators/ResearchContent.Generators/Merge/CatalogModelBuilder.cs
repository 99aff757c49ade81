using System.Collections.Generic;
using System.Linq;
using ResearchContent.Generators.Keys;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Primitives;
using ResearchContent.Generators.Validation.Catalog;
using ResearchContent.Generators.Validation.Entries;

namespace ResearchContent.Generators.Merge
{
    /// <summary>
    /// Builds what the emitters write from the validated page entries (every entry without an error becomes a
    /// publication), and the pages' models once the merge has placed every publication.
    /// </summary>
    internal static class CatalogModelBuilder
    {
        /// <summary>Each page entry that compiles, with the publication the page alone states, in page order.</summary>
        public static IReadOnlyList<(LocatedEntry Entry, PublicationModel Publication)> PagePublications(IReadOnlyList<PageEntries> pages, CatalogValidation validation, ImageIndex images)
        {
            var publications = new List<(LocatedEntry, PublicationModel)>();
            foreach (var page in pages)
            {
                // Every entry opens its headings, even one that does not compile: the sections are the page's.
                var sections = new PageSections();
                foreach (var located in page.Entries)
                {
                    var entrySections = sections.Enter(located.Entry);
                    if (!validation.Diagnostics.HasFailed(located) && Publication(located, validation.KeyOf, images) is { } publication)
                    {
                        publications.Add((located, publication with { Sections = entrySections }));
                    }
                }
            }

            return publications;
        }

        /// <summary>The pages, each naming the run of the catalog's publications it lists (the merge keeps a page's publications together, in its order).</summary>
        public static EquatableArray<PageModel> Pages(IReadOnlyList<PageEntries> pages, IReadOnlyList<PublicationModel> publications)
        {
            var pageModels = new List<PageModel>();
            foreach (var page in pages)
            {
                var path = page.Page.RelativePath;
                var first = 0;
                while (first < publications.Count && !IsListedBy(publications[first], path))
                {
                    first++;
                }

                var count = 0;
                while (first + count < publications.Count && IsListedBy(publications[first + count], path))
                {
                    count++;
                }

                var frontMatter = page.Page.FrontMatter;
                pageModels.Add(new PageModel(
                    path,
                    frontMatter.Get("title"),
                    frontMatter.Get("permalink"),
                    frontMatter.Get("layout"),
                    frontMatter.Values,
                    count == 0 ? publications.Count : first,
                    count)
                {
                    Introduction = page.Entries.Count > 0 ? page.Entries[0].Entry.Preamble : null,
                });
            }

            return pageModels.ToEquatableArray();
        }

        private static bool IsListedBy(PublicationModel publication, string pagePath) => publication.Label.Length > 0 && publication.SourcePath == pagePath;

        private static PublicationModel? Publication(LocatedEntry located, System.Func<LocatedEntry, string> keyOf, ImageIndex images)
        {
            var entry = located.Entry;
            if (entry is not { Label: { } label, CitationText: { } citationText, Citation: { } citation } || (entry.TitleEn is null && entry.TitleZh is null))
            {
                return null;
            }

            var figures = new List<FigureModel>();
            foreach (var figure in entry.Figures)
            {
                figures.Add(new FigureModel(figure.Source, figure.Alt, figure.Width, figure.CaptionEn, figure.CaptionZh, images.Resolves(figure.Source)));
            }

            var key = keyOf(located);
            return new PublicationModel
            {
                Key = key,
                PropertyName = KeyRules.PropertyName(key),
                Label = label,
                Year = entry.Year,
                Number = entry.Number,
                TitleEn = entry.TitleEn,
                TitleZh = entry.TitleZh,
                AbstractEn = entry.AbstractEn,
                AbstractZh = entry.AbstractZh,
                NotesEn = entry.NotesEn,
                NotesZh = entry.NotesZh,
                CitationText = citationText,
                CitationUrl = entry.CitationUrl ?? string.Empty,
                Doi = entry.EffectiveDoi,
                Citation = citation,
                Figures = figures.ToEquatableArray(),
                // A further link with a refused scheme is an error (RC1011); an http(s), mailto: or site-relative one,
                // such as "/files/paper.pdf" on the group's own site, is kept.
                Links = entry.HeaderLinks.Where(link => LinkPolicy.MayLink(link.Url)).Select(link => new LinkModel(link.Text, link.Url)).ToEquatableArray(),
                SourcePath = located.Page.RelativePath,
                SourceLine = located.OnPage(entry.LabelSpan).StartLine + 1,
            };
        }
    }
}
