using System.Collections.Generic;
using ResearchContent.Generators.Model;

namespace ResearchContent.Generators.Emit.Storage
{
    /// <summary>
    /// Writes one publication as a record of the storage layout. The order of the values is the layout's
    /// (docs/storage.md), the order in which the runtime's <c>PublicationRecord</c> reads them.
    /// </summary>
    internal static class PublicationRecordWriter
    {
        public static RecordWriter Write(PublicationModel publication)
        {
            var writer = new RecordWriter()
                .String(publication.Key)
                .String(publication.Label)
                .Int(publication.Year)
                .Int(publication.Number);
            Localized(writer, publication.TitleEn, publication.TitleZh);
            Localized(writer, publication.AbstractEn, publication.AbstractZh);
            Localized(writer, publication.NotesEn, publication.NotesZh);
            List(writer, publication.Sections, static (w, section) => w.String(section));
            WriteCitation(writer, publication);
            List(writer, publication.Figures, static (w, figure) =>
            {
                w.String(figure.Source).String(figure.Alt).NullableInt(figure.Width);
                Localized(w, figure.CaptionEn, figure.CaptionZh);
                w.Bool(figure.ImageExists);
            });
            List(writer, publication.Links, static (w, link) => w.String(link.Text).String(link.Url));
            writer.String(publication.SourcePath).Int(publication.SourceLine);
            List(writer, publication.Sources, static (w, source) => w.String(source.Path).Int(source.Line));
            writer
                .String(publication.Kind.ToString())
                .String(publication.Date)
                .String(publication.Venue)
                .String(publication.Permalink)
                .String(publication.Category)
                .String(publication.Excerpt)
                .String(publication.Body)
                .String(publication.Abbreviation)
                .Bool(publication.Selected)
                .String(publication.Award);
            List(writer, publication.Fields, static (w, field) => w.String(field.Name).String(field.Value));
            return writer;
        }

        private static void WriteCitation(RecordWriter writer, PublicationModel publication)
        {
            var citation = publication.Citation;
            writer.String(publication.CitationText).String(publication.CitationUrl).String(publication.Doi);
            List(writer, citation.Authors, static (w, author) => w.String(author.Family).String(author.Given).String(author.Suffix).Bool(author.IsCorresponding));
            writer.Bool(citation.AuthorsTruncated)
                .NullableInt(citation.Year)
                .String(citation.Title)
                .String(citation.Container)
                .String(citation.Volume)
                .String(citation.Issue)
                .String(citation.Pages)
                .String(citation.ArticleNumber)
                .String(citation.Kind.ToString())
                .String(citation.Note);
        }

        private static void Localized(RecordWriter writer, string? en, string? zh) => writer.String(en).String(zh);

        private static void List<T>(RecordWriter writer, IReadOnlyCollection<T> items, System.Action<RecordWriter, T> write)
        {
            writer.Int(items.Count);
            foreach (var item in items)
            {
                write(writer, item);
            }
        }
    }
}
