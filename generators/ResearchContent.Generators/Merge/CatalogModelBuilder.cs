using System.Collections.Generic;
using System.Linq;
using ResearchContent.Generators.Keys;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Primitives;
using ResearchContent.Generators.Validation.Catalog;
using ResearchContent.Generators.Validation.Entries;

namespace ResearchContent.Generators.Merge
{
    /// <summary>Builds what the emitters write from the validated entries: every entry without an error becomes a publication.</summary>
    internal static class CatalogModelBuilder
    {
        public static CatalogModel Build(IReadOnlyList<PageEntries> pages, CatalogValidation validation, ImageIndex images)
        {
            var publications = new List<PublicationModel>();
            var pageModels = new List<PageModel>();
            foreach (var page in pages)
            {
                var first = publications.Count;
                foreach (var located in page.Entries)
                {
                    if (!validation.Diagnostics.HasFailed(located) && Publication(located, validation.KeyOf, images) is { } publication)
                    {
                        publications.Add(publication);
                    }
                }

                var frontMatter = page.Page.FrontMatter;
                pageModels.Add(new PageModel(
                    page.Page.RelativePath,
                    frontMatter.Get("title"),
                    frontMatter.Get("permalink"),
                    frontMatter.Get("layout"),
                    frontMatter.Values,
                    first,
                    publications.Count - first)
                {
                    Introduction = page.Entries.Count > 0 ? page.Entries[0].Entry.Preamble : null,
                });
            }

            return new CatalogModel(pageModels.ToEquatableArray(), publications.ToEquatableArray(), validation.Diagnostics.ContentDiagnostics());
        }

        private static PublicationModel? Publication(LocatedEntry located, System.Func<LocatedEntry, string> keyOf, ImageIndex images)
        {
            var entry = located.Entry;
            if (entry is not { Label: { } label, TitleEn: { } titleEn, CitationText: { } citationText, CitationUrl: { } citationUrl, Citation: { } citation })
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
                TitleEn = titleEn,
                TitleZh = entry.TitleZh,
                AbstractEn = entry.AbstractEn,
                AbstractZh = entry.AbstractZh,
                CitationText = citationText,
                CitationUrl = citationUrl,
                Doi = entry.EffectiveDoi,
                Citation = citation,
                Figures = figures.ToEquatableArray(),
                // A further link with a foreign scheme is an error (RC1011); an http(s) or site-relative one, such as
                // "/files/paper.pdf" on the group's own site, is kept.
                Links = entry.HeaderLinks.Where(link => !LinkPolicy.HasForeignScheme(link.Url)).Select(link => new LinkModel(link.Text, link.Url)).ToEquatableArray(),
                SourcePath = located.Page.RelativePath,
                SourceLine = located.OnPage(entry.LabelSpan).StartLine + 1,
            };
        }
    }
}
