using ResearchContent.Generators.Keys;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Merge
{
    /// <summary>A page entry that compiled, stated as a <see cref="SourcePublication"/> so the merge can compare it with other sources.</summary>
    internal static class PageStatements
    {
        public static SourcePublication Of(LocatedEntry located, PublicationModel publication)
        {
            var entry = located.Entry;
            var handWritten = PublicationKey.HandWritten(located.Page, located.Source, entry);
            var citationSpan = located.OnPage(entry.CitationSpan);
            return new SourcePublication
            {
                Format = SourceFormat.Page,
                FilePath = located.Page.FilePath,
                RelativePath = located.Page.RelativePath,
                Span = located.OnPage(entry.LabelSpan),
                ExplicitKey = handWritten?.Key,
                DerivedKey = publication.Key,
                Label = publication.Label,
                Number = publication.Number,
                Title = publication.TitleEn,
                TitleZh = publication.TitleZh,
                AbstractEn = publication.AbstractEn,
                AbstractZh = publication.AbstractZh,
                Year = publication.Year,
                Date = Invariant.Number(publication.Year),
                Venue = publication.Citation.Container,
                Kind = publication.Citation.Kind,
                Doi = publication.Doi,
                CitationText = publication.CitationText,
                Url = publication.CitationUrl,
                Citation = publication.Citation,
                Figures = publication.Figures,
                Links = publication.Links,
                Locations = new[]
                {
                    new FieldLocation("title", located.OnPage(entry.TitleSpan)),
                    new FieldLocation("year", located.OnPage(entry.LabelSpan)),
                    new FieldLocation("doi", entry.Doi is null ? citationSpan : located.OnPage(entry.CitationUrlSpan)),
                    new FieldLocation("venue", citationSpan),
                    new FieldLocation("authors", citationSpan),
                }.ToEquatableArray(),
            };
        }
    }
}
