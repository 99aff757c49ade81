using ResearchContent.Generators.Model;
using ResearchContent.Generators.Primitives;
using static ResearchContent.Generators.Emit.GeneratedNames;
using static ResearchContent.Generators.Emit.GlobalTypeNames;

namespace ResearchContent.Generators.Emit
{
    /// <summary>Writes the factory of <c>ResearchCatalog.Pages</c>: each page's front matter and its publications.</summary>
    internal static class PageListEmitter
    {
        public static void Write(SourceWriter writer, EquatableArray<PageModel> pages)
        {
            var blob = new Utf8Blob();
            var elements = new SourceWriter();
            foreach (var page in pages)
            {
                elements.WriteLine($"new {Page}");
                elements.OpenBlock();
                elements.WriteLine($"Path = {blob.Text(page.Path)},");
                elements.WriteLine($"Title = {blob.Text(page.Title)},");
                elements.WriteLine($"Permalink = {blob.Text(page.Permalink)},");
                elements.WriteLine($"Layout = {blob.Text(page.Layout)},");
                elements.WriteLine($"Introduction = {blob.Text(page.Introduction)},");
                elements.WriteLine($"FrontMatter = new {ReadOnlyDictionary}<string, string>(new {Dictionary}<string, string>");
                elements.OpenBlock();
                foreach (var value in page.FrontMatter)
                {
                    elements.WriteLine($"[{blob.Text(value.Name)}] = {blob.Text(value.Value)},");
                }

                elements.CloseBlock("}),");
                elements.WriteLine($"Publications = {Array}.AsReadOnly(new {Publication}[]");
                elements.OpenBlock();
                for (var i = page.FirstPublication; i < page.FirstPublication + page.PublicationCount; i++)
                {
                    elements.WriteLine($"{GetMethod}({Invariant.Number(i)}),");
                }

                elements.CloseBlock("}),");
                elements.CloseBlock("},");
            }

            writer.WriteLine("/// <summary>Builds the list of pages.</summary>");
            ListFactoryEmitter.Write(writer, Page, CreatePagesMethod, blob, elements);
        }
    }
}
