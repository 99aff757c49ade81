using ResearchContent.Generators.Model;
using ResearchContent.Generators.Primitives;
using static ResearchContent.Generators.Emit.GeneratedNames;
using static ResearchContent.Generators.Emit.GlobalTypeNames;

namespace ResearchContent.Generators.Emit
{
    /// <summary>
    /// Writes one publication's part of the catalog class: its property, whose XML doc shows the title and the
    /// citation in IntelliSense, and the factory that builds it from one UTF-8 blob.
    /// </summary>
    internal static class PublicationEmitter
    {
        public static string Emit(IndexedPublication indexed) => GeneratedFile.Write(writer =>
        {
            writer.WriteLine($"public static partial class {CatalogClass}");
            writer.OpenBlock();
            Write(writer, indexed.Publication, indexed.Index);
            writer.CloseBlock();
        });

        private static void Write(SourceWriter writer, PublicationModel publication, int index)
        {
            var blob = new Utf8Blob();
            var initializer = new SourceWriter();
            WriteInitializer(initializer, publication, blob);

            writer.WriteLine("/// <summary>");
            writer.WriteLine($"/// {XmlDocText.Escape(publication.TitleEn)} ({XmlDocText.Escape(publication.Label)})");
            writer.WriteLine("/// </summary>");
            writer.WriteLine("/// <remarks>");
            writer.WriteLine($"/// {XmlDocText.Escape(publication.CitationText)}");
            writer.WriteLine("/// </remarks>");
            writer.WriteLine($"public static {Publication} {publication.PropertyName} => {GetMethod}({Invariant.Number(index)});");
            writer.WriteLine();
            writer.WriteLine($"/// <summary>Builds {XmlDocText.Escape(publication.Label)}, <c>{XmlDocText.Escape(publication.Key)}</c>.</summary>");
            writer.WriteLine($"private static {Publication} {Factory(index)}()");
            writer.OpenBlock();
            blob.WriteDeclaration(writer);
            writer.WriteLine($"return new {Publication}");
            writer.OpenBlock();
            writer.WriteLines(initializer);
            writer.CloseBlock("};");
            writer.CloseBlock();
        }

        private static void WriteInitializer(SourceWriter writer, PublicationModel publication, Utf8Blob blob)
        {
            writer.WriteLine($"Key = {blob.Text(publication.Key)},");
            writer.WriteLine($"Label = {blob.Text(publication.Label)},");
            writer.WriteLine($"Year = {Invariant.Number(publication.Year)},");
            writer.WriteLine($"Number = {Invariant.Number(publication.Number)},");
            writer.WriteLine($"Title = {Localized(blob, publication.TitleEn, publication.TitleZh)},");
            writer.WriteLine($"Abstract = {Localized(blob, publication.AbstractEn, publication.AbstractZh)},");
            WriteCitation(writer, publication, blob);
            writer.WriteLine($"Figures = {Array}.AsReadOnly(new {Figure}[]");
            writer.OpenBlock();
            foreach (var figure in publication.Figures)
            {
                writer.WriteLine($"new {Figure}");
                writer.OpenBlock();
                writer.WriteLine($"Source = {blob.Text(figure.Source)},");
                writer.WriteLine($"Alt = {blob.Text(figure.Alt)},");
                writer.WriteLine($"Width = {CSharpLiteral.Number(figure.Width)},");
                writer.WriteLine($"Caption = {Localized(blob, figure.CaptionEn, figure.CaptionZh)},");
                writer.WriteLine($"ImageExists = {CSharpLiteral.Bool(figure.ImageExists)},");
                writer.CloseBlock("},");
            }

            writer.CloseBlock("}),");
            writer.WriteLine($"Links = {Array}.AsReadOnly(new {Link}[]");
            writer.OpenBlock();
            foreach (var link in publication.Links)
            {
                writer.WriteLine($"new {Link} {{ Text = {blob.Text(link.Text)}, Url = {blob.Text(link.Url)} }},");
            }

            writer.CloseBlock("}),");
            writer.WriteLine($"Source = new {SourceLocation}({blob.Text(publication.SourcePath)}, {Invariant.Number(publication.SourceLine)}),");
            writer.WriteLine($"Sources = {Array}.AsReadOnly(new {SourceLocation}[]");
            writer.OpenBlock();
            foreach (var source in publication.Sources)
            {
                writer.WriteLine($"new {SourceLocation}({blob.Text(source.Path)}, {Invariant.Number(source.Line)}),");
            }

            writer.CloseBlock("}),");
            writer.WriteLine($"Kind = {GlobalTypeNames.PublicationKind}.{publication.Kind},");
            writer.WriteLine($"Date = {blob.Text(publication.Date)},");
            writer.WriteLine($"Venue = {blob.Text(publication.Venue)},");
            writer.WriteLine($"Permalink = {blob.Text(publication.Permalink)},");
            writer.WriteLine($"Category = {blob.Text(publication.Category)},");
            writer.WriteLine($"Excerpt = {blob.Text(publication.Excerpt)},");
            writer.WriteLine($"Body = {blob.Text(publication.Body)},");
            writer.WriteLine($"Abbreviation = {blob.Text(publication.Abbreviation)},");
            writer.WriteLine($"Selected = {CSharpLiteral.Bool(publication.Selected)},");
            writer.WriteLine($"Award = {blob.Text(publication.Award)},");
            writer.WriteLine($"Fields = {Array}.AsReadOnly(new {Field}[]");
            writer.OpenBlock();
            foreach (var field in publication.Fields)
            {
                writer.WriteLine($"new {Field} {{ Name = {blob.Text(field.Name)}, Value = {blob.Text(field.Value)} }},");
            }

            writer.CloseBlock("}),");
        }

        private static void WriteCitation(SourceWriter writer, PublicationModel publication, Utf8Blob blob)
        {
            var citation = publication.Citation;
            writer.WriteLine($"Citation = new {Citation}");
            writer.OpenBlock();
            writer.WriteLine($"Text = {blob.Text(publication.CitationText)},");
            writer.WriteLine($"Url = {blob.Text(publication.CitationUrl)},");
            writer.WriteLine($"Doi = {blob.Text(publication.Doi)},");
            writer.WriteLine($"Authors = {Array}.AsReadOnly(new {Author}[]");
            writer.OpenBlock();
            foreach (var author in citation.Authors)
            {
                writer.WriteLine($"new {Author} {{ Family = {blob.Text(author.Family)}, Given = {blob.Text(author.Given)}, Suffix = {blob.Text(author.Suffix)}, IsCorresponding = {CSharpLiteral.Bool(author.IsCorresponding)} }},");
            }

            writer.CloseBlock("}),");
            writer.WriteLine($"AuthorsTruncated = {CSharpLiteral.Bool(citation.AuthorsTruncated)},");
            writer.WriteLine($"Year = {CSharpLiteral.Number(citation.Year)},");
            writer.WriteLine($"Title = {blob.Text(citation.Title)},");
            writer.WriteLine($"Container = {blob.Text(citation.Container)},");
            writer.WriteLine($"Volume = {blob.Text(citation.Volume)},");
            writer.WriteLine($"Issue = {blob.Text(citation.Issue)},");
            writer.WriteLine($"Pages = {blob.Text(citation.Pages)},");
            writer.WriteLine($"ArticleNumber = {blob.Text(citation.ArticleNumber)},");
            writer.WriteLine($"Kind = {GlobalTypeNames.PublicationKind}.{citation.Kind},");
            writer.WriteLine($"Note = {blob.Text(citation.Note)},");
            writer.CloseBlock("},");
        }

        private static string Localized(Utf8Blob blob, string? en, string? zh) =>
            en is null && zh is null
                ? LocalizedText + ".Empty"
                : $"new {LocalizedText}({blob.Text(en)}, {blob.Text(zh)})";
    }
}
