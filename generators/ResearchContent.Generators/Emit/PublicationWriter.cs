using System.CodeDom.Compiler;
using ResearchContent.Generators.Model;

namespace ResearchContent.Generators.Emit
{
    /// <summary>Writes the factory method that builds one publication.</summary>
    internal static class PublicationWriter
    {
        public static void Write(IndentedTextWriter writer, PublicationModel publication, int index)
        {
            writer.WriteLine($"/// <summary>Builds {XmlDocText.Escape(publication.Label)}, <c>{XmlDocText.Escape(publication.Key)}</c>.</summary>");
            writer.WriteLine($"private static global::ResearchContent.Publication Create{index}() => new global::ResearchContent.Publication");
            writer.WriteLine("{");
            writer.Indent++;
            writer.WriteLine($"Key = {CatalogEmitter.Text(publication.Key)},");
            writer.WriteLine($"Label = {CatalogEmitter.Text(publication.Label)},");
            writer.WriteLine($"Year = {CatalogEmitter.Number(publication.Year)},");
            writer.WriteLine($"Number = {CatalogEmitter.Number(publication.Number)},");
            writer.WriteLine($"Title = {Localized(publication.TitleEn, publication.TitleZh)},");
            writer.WriteLine($"Abstract = {Localized(publication.AbstractEn, publication.AbstractZh)},");
            writer.WriteLine("Citation = new global::ResearchContent.Citation");
            writer.WriteLine("{");
            writer.Indent++;
            writer.WriteLine($"Text = {CatalogEmitter.Text(publication.CitationText)},");
            writer.WriteLine($"Url = {CatalogEmitter.Text(publication.CitationUrl)},");
            writer.WriteLine($"Doi = {CatalogEmitter.Text(publication.Doi)},");
            writer.Indent--;
            writer.WriteLine("},");
            writer.WriteLine("Figures = global::System.Array.AsReadOnly(new global::ResearchContent.Figure[]");
            writer.WriteLine("{");
            writer.Indent++;
            foreach (var figure in publication.Figures)
            {
                writer.WriteLine("new global::ResearchContent.Figure");
                writer.WriteLine("{");
                writer.Indent++;
                writer.WriteLine($"Source = {CatalogEmitter.Text(figure.Source)},");
                writer.WriteLine($"Alt = {CatalogEmitter.Text(figure.Alt)},");
                writer.WriteLine($"Width = {(figure.Width is { } width ? CatalogEmitter.Number(width) : "null")},");
                writer.WriteLine($"Caption = {Localized(figure.CaptionEn, figure.CaptionZh)},");
                writer.WriteLine($"ImageExists = {(figure.ImageExists ? "true" : "false")},");
                writer.Indent--;
                writer.WriteLine("},");
            }

            writer.Indent--;
            writer.WriteLine("}),");
            writer.WriteLine($"Source = new global::ResearchContent.SourceLocation({CatalogEmitter.Text(publication.SourcePath)}, {CatalogEmitter.Number(publication.SourceLine)}),");
            writer.Indent--;
            writer.WriteLine("};");
            writer.WriteLineNoTabs(string.Empty);
        }

        private static string Localized(string? en, string? zh) =>
            en is null && zh is null
                ? "global::ResearchContent.LocalizedText.Empty"
                : $"new global::ResearchContent.LocalizedText({CatalogEmitter.Text(en)}, {CatalogEmitter.Text(zh)})";
    }
}
