using System.CodeDom.Compiler;
using System.Collections.Generic;
using ResearchContent.Generators.Model;

namespace ResearchContent.Generators.Emit
{
    /// <summary>
    /// Writes one publication's part of the catalog class: its property, whose XML doc shows the title and the
    /// citation in IntelliSense, and the factory that builds it from one UTF-8 blob.
    /// </summary>
    internal static class PublicationWriter
    {
        public static string HintName(PublicationModel publication) => "ResearchCatalog." + publication.PropertyName + ".g.cs";

        public static string Emit(IndexedPublication indexed) => GeneratedFile.Write(writer =>
        {
            writer.WriteLine("public static partial class ResearchCatalog");
            writer.WriteLine("{");
            writer.Indent++;
            Write(writer, indexed.Publication, indexed.Index);
            writer.Indent--;
            writer.WriteLine("}");
        });

        private static void Write(IndentedTextWriter writer, PublicationModel publication, int index)
        {
            var blob = new Utf8Blob();
            var body = new List<string>
            {
                $"Key = {blob.Text(publication.Key)},",
                $"Label = {blob.Text(publication.Label)},",
                $"Year = {CatalogEmitter.Number(publication.Year)},",
                $"Number = {CatalogEmitter.Number(publication.Number)},",
                $"Title = {Localized(blob, publication.TitleEn, publication.TitleZh)},",
                $"Abstract = {Localized(blob, publication.AbstractEn, publication.AbstractZh)},",
                "Citation = new global::ResearchContent.Citation",
                "{",
                $"    Text = {blob.Text(publication.CitationText)},",
                $"    Url = {blob.Text(publication.CitationUrl)},",
                $"    Doi = {blob.Text(publication.Doi)},",
                "    Authors = global::System.Array.AsReadOnly(new global::ResearchContent.Author[]",
                "    {",
            };
            foreach (var author in publication.Citation.Authors)
            {
                body.Add($"        new global::ResearchContent.Author {{ Family = {blob.Text(author.Family)}, Given = {blob.Text(author.Given)}, IsCorresponding = {(author.IsCorresponding ? "true" : "false")} }},");
            }

            body.AddRange(new[]
            {
                "    }),",
                $"    AuthorsTruncated = {(publication.Citation.AuthorsTruncated ? "true" : "false")},",
                $"    Year = {(publication.Citation.Year is { } year ? CatalogEmitter.Number(year) : "null")},",
                $"    Title = {blob.Text(publication.Citation.Title)},",
                $"    Container = {blob.Text(publication.Citation.Container)},",
                $"    Volume = {blob.Text(publication.Citation.Volume)},",
                $"    Issue = {blob.Text(publication.Citation.Issue)},",
                $"    Pages = {blob.Text(publication.Citation.Pages)},",
                $"    ArticleNumber = {blob.Text(publication.Citation.ArticleNumber)},",
                "},",
                "Figures = global::System.Array.AsReadOnly(new global::ResearchContent.Figure[]",
                "{",
            });
            foreach (var figure in publication.Figures)
            {
                body.Add("    new global::ResearchContent.Figure");
                body.Add("    {");
                body.Add($"        Source = {blob.Text(figure.Source)},");
                body.Add($"        Alt = {blob.Text(figure.Alt)},");
                body.Add($"        Width = {(figure.Width is { } width ? CatalogEmitter.Number(width) : "null")},");
                body.Add($"        Caption = {Localized(blob, figure.CaptionEn, figure.CaptionZh)},");
                body.Add($"        ImageExists = {(figure.ImageExists ? "true" : "false")},");
                body.Add("    },");
            }

            body.Add("}),");
            body.Add($"Source = new global::ResearchContent.SourceLocation({blob.Text(publication.SourcePath)}, {CatalogEmitter.Number(publication.SourceLine)}),");

            var number = CatalogEmitter.Number(index);
            writer.WriteLine("/// <summary>");
            writer.WriteLine($"/// {XmlDocText.Escape(publication.TitleEn)} ({XmlDocText.Escape(publication.Label)})");
            writer.WriteLine("/// </summary>");
            writer.WriteLine("/// <remarks>");
            writer.WriteLine($"/// {XmlDocText.Escape(publication.CitationText)}");
            writer.WriteLine("/// </remarks>");
            writer.WriteLine($"public static global::ResearchContent.Publication {publication.PropertyName} => Get({number});");
            writer.WriteLineNoTabs(string.Empty);
            writer.WriteLine($"/// <summary>Builds {XmlDocText.Escape(publication.Label)}, <c>{XmlDocText.Escape(publication.Key)}</c>.</summary>");
            writer.WriteLine($"private static global::ResearchContent.Publication Create{number}()");
            writer.WriteLine("{");
            writer.Indent++;
            blob.WriteDeclaration(writer);
            writer.WriteLine("return new global::ResearchContent.Publication");
            writer.WriteLine("{");
            writer.Indent++;
            foreach (var line in body)
            {
                writer.WriteLine(line);
            }

            writer.Indent--;
            writer.WriteLine("};");
            writer.Indent--;
            writer.WriteLine("}");
        }

        private static string Localized(Utf8Blob blob, string? en, string? zh) =>
            en is null && zh is null
                ? "global::ResearchContent.LocalizedText.Empty"
                : $"new global::ResearchContent.LocalizedText({blob.Text(en)}, {blob.Text(zh)})";
    }
}
