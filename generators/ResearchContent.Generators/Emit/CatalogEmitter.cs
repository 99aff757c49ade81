using System.CodeDom.Compiler;
using System.Collections.Generic;
using System.Globalization;
using ResearchContent.Generators.Model;

namespace ResearchContent.Generators.Emit
{
    /// <summary>
    /// Writes the <c>ResearchCatalog</c> class from the catalog model alone. Each publication is built on its
    /// first use, from UTF-8 literals, so that a large catalog neither hits the user-string limit nor pays
    /// for every publication when one is read.
    /// </summary>
    internal static class CatalogEmitter
    {
        public const string HintName = "ResearchCatalog.g.cs";

        private const string Publication = "global::ResearchContent.Publication";
        private const string ReadOnlyList = "global::System.Collections.Generic.IReadOnlyList";

        /// <summary>The shared part of the catalog class: lists, lookup and the lazy factory; publications come in parts of their own.</summary>
        public static string Emit(CatalogIndexModel model) => GeneratedFile.Write(writer => WriteClass(writer, model));

        private static void WriteClass(IndentedTextWriter writer, CatalogIndexModel model)
        {
            var count = model.Keys.Count;
            writer.WriteLine("/// <summary>");
            writer.WriteLine($"/// The publications compiled from the project's content files: {Plural(count, "publication")} on {Plural(model.Pages.Count, "page")}.");
            writer.WriteLine("/// </summary>");
            writer.WriteLine("[global::System.CodeDom.Compiler.GeneratedCode(\"ResearchContent.Generators\", \"1.0.0\")]");
            writer.WriteLine("public static partial class ResearchCatalog");
            writer.WriteLine("{");
            writer.Indent++;

            writer.WriteLine("/// <summary>Each publication once built; built on first use.</summary>");
            writer.WriteLine($"private static readonly {Publication}?[] s_publications = new {Publication}?[{count}];");
            writer.WriteLine("/// <summary>The list behind <see cref=\"Publications\"/>, once built.</summary>");
            writer.WriteLine($"private static {ReadOnlyList}<{Publication}>? s_all;");
            writer.WriteLine("/// <summary>The list behind <see cref=\"Pages\"/>, once built.</summary>");
            writer.WriteLine($"private static {ReadOnlyList}<global::ResearchContent.Page>? s_pages;");
            writer.WriteLine("/// <summary>The list behind <see cref=\"Diagnostics\"/>, once built.</summary>");
            writer.WriteLine($"private static {ReadOnlyList}<global::ResearchContent.ContentDiagnostic>? s_diagnostics;");
            writer.WriteLineNoTabs(string.Empty);

            writer.WriteLine("/// <summary>Every publication, in page order.</summary>");
            writer.WriteLine($"public static {ReadOnlyList}<{Publication}> Publications => s_all ??= CreateAll();");
            writer.WriteLineNoTabs(string.Empty);
            writer.WriteLine("/// <summary>Every content page, ordered by path.</summary>");
            writer.WriteLine($"public static {ReadOnlyList}<global::ResearchContent.Page> Pages => s_pages ??= CreatePages();");
            writer.WriteLineNoTabs(string.Empty);
            writer.WriteLine("/// <summary>The warnings the generator reported about the content when this catalog was compiled.</summary>");
            writer.WriteLine($"public static {ReadOnlyList}<global::ResearchContent.ContentDiagnostic> Diagnostics => s_diagnostics ??= CreateDiagnostics();");
            writer.WriteLineNoTabs(string.Empty);

            WriteTryGet(writer, model);
            WriteFactories(writer, model);
            writer.Indent--;
            writer.WriteLine("}");
        }

        private static void WriteTryGet(IndentedTextWriter writer, CatalogIndexModel model)
        {
            writer.WriteLine("/// <summary>Finds a publication by its key, such as <c>zhang2021selective</c>.</summary>");
            writer.WriteLine("/// <param name=\"key\">The publication's key; keys are case-sensitive.</param>");
            writer.WriteLine("/// <param name=\"publication\">The publication, or <see langword=\"null\"/> when no publication has the key.</param>");
            writer.WriteLine("/// <returns>Whether a publication has the key.</returns>");
            writer.WriteLine("public static bool TryGet(");
            writer.Indent++;
            writer.WriteLine("string key,");
            writer.WriteLineNoTabs("#if NETCOREAPP3_0_OR_GREATER || NETSTANDARD2_1_OR_GREATER");
            writer.WriteLine("[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)]");
            writer.WriteLineNoTabs("#endif");
            writer.WriteLine($"out {Publication}? publication)");
            writer.Indent--;
            writer.WriteLine("{");
            writer.Indent++;
            writer.WriteLine("var index = IndexOf(key);");
            writer.WriteLine("publication = index < 0 ? null : Get(index);");
            writer.WriteLine("return index >= 0;");
            writer.Indent--;
            writer.WriteLine("}");
            writer.WriteLineNoTabs(string.Empty);

            // A string switch compiles to a hash jump table: O(1), thread-safe and allocation-free.
            writer.WriteLine("/// <summary>The index of the publication with <paramref name=\"key\"/>, or -1.</summary>");
            writer.WriteLine("private static int IndexOf(string key) => key switch");
            writer.WriteLine("{");
            writer.Indent++;
            for (var i = 0; i < model.Keys.Count; i++)
            {
                writer.WriteLine($"{CSharpLiteral.Quote(model.Keys[i])} => {Number(i)},");
            }

            writer.WriteLine("_ => -1,");
            writer.Indent--;
            writer.WriteLine("};");
            writer.WriteLineNoTabs(string.Empty);
        }

        private static void WriteFactories(IndentedTextWriter writer, CatalogIndexModel model)
        {
            var count = model.Keys.Count;
            writer.WriteLine("/// <summary>The publication at <paramref name=\"index\"/>, built on first use; concurrent first uses agree on one instance.</summary>");
            writer.WriteLine($"private static {Publication} Get(int index)");
            writer.WriteLine("{");
            writer.Indent++;
            writer.WriteLine("var publication = global::System.Threading.Volatile.Read(ref s_publications[index]);");
            writer.WriteLine("if (publication is null)");
            writer.WriteLine("{");
            writer.Indent++;
            writer.WriteLine("global::System.Threading.Interlocked.CompareExchange(ref s_publications[index], Create(index), null);");
            writer.WriteLine("publication = s_publications[index]!;");
            writer.Indent--;
            writer.WriteLine("}");
            writer.WriteLineNoTabs(string.Empty);
            writer.WriteLine("return publication;");
            writer.Indent--;
            writer.WriteLine("}");
            writer.WriteLineNoTabs(string.Empty);

            writer.WriteLine("/// <summary>Builds the list of every publication.</summary>");
            writer.WriteLine($"private static {ReadOnlyList}<{Publication}> CreateAll()");
            writer.WriteLine("{");
            writer.Indent++;
            writer.WriteLine($"var all = new {Publication}[{count}];");
            writer.WriteLine("for (var i = 0; i < all.Length; i++)");
            writer.WriteLine("{");
            writer.Indent++;
            writer.WriteLine("all[i] = Get(i);");
            writer.Indent--;
            writer.WriteLine("}");
            writer.WriteLineNoTabs(string.Empty);
            writer.WriteLine("return global::System.Array.AsReadOnly(all);");
            writer.Indent--;
            writer.WriteLine("}");
            writer.WriteLineNoTabs(string.Empty);

            writer.WriteLine("/// <summary>Builds the publication at <paramref name=\"index\"/>.</summary>");
            writer.WriteLine($"private static {Publication} Create(int index) => index switch");
            writer.WriteLine("{");
            writer.Indent++;
            for (var i = 0; i < count; i++)
            {
                writer.WriteLine($"{i} => Create{i}(),");
            }

            writer.WriteLine("_ => throw new global::System.ArgumentOutOfRangeException(nameof(index)),");
            writer.Indent--;
            writer.WriteLine("};");
            writer.WriteLineNoTabs(string.Empty);

            WritePages(writer, model);
            WriteDiagnostics(writer, model);

            writer.WriteLine("/// <summary>Decodes content text stored as UTF-8.</summary>");
            writer.WriteLine("private static string D(global::System.ReadOnlySpan<byte> utf8) => global::ResearchContent.Utf8Text.Decode(utf8);");
        }

        private static void WritePages(IndentedTextWriter writer, CatalogIndexModel model)
        {
            var blob = new Utf8Blob();
            var body = new List<string>();
            foreach (var page in model.Pages)
            {
                body.Add("new global::ResearchContent.Page");
                body.Add("{");
                body.Add($"    Path = {blob.Text(page.Path)},");
                body.Add($"    Title = {blob.Text(page.Title)},");
                body.Add($"    Permalink = {blob.Text(page.Permalink)},");
                body.Add($"    Layout = {blob.Text(page.Layout)},");
                body.Add("    FrontMatter = new global::System.Collections.ObjectModel.ReadOnlyDictionary<string, string>(new global::System.Collections.Generic.Dictionary<string, string>");
                body.Add("    {");
                foreach (var value in page.FrontMatter)
                {
                    body.Add($"        [{blob.Text(value.Name)}] = {blob.Text(value.Value)},");
                }

                body.Add("    }),");
                body.Add($"    Publications = global::System.Array.AsReadOnly(new {Publication}[]");
                body.Add("    {");
                for (var i = page.FirstPublication; i < page.FirstPublication + page.PublicationCount; i++)
                {
                    body.Add($"        Get({Number(i)}),");
                }

                body.Add("    }),");
                body.Add("},");
            }

            writer.WriteLine("/// <summary>Builds the list of pages.</summary>");
            WriteListFactory(writer, "global::ResearchContent.Page", "CreatePages", blob, body);
        }

        private static void WriteDiagnostics(IndentedTextWriter writer, CatalogIndexModel model)
        {
            var blob = new Utf8Blob();
            var body = new List<string>();
            foreach (var diagnostic in model.ContentDiagnostics)
            {
                body.Add(
                    $"new global::ResearchContent.ContentDiagnostic({blob.Text(diagnostic.Id)}, {blob.Text(diagnostic.Severity)}, {blob.Text(diagnostic.Message)}, "
                    + $"{blob.Text(diagnostic.Path)}, {Number(diagnostic.Line)}, {Number(diagnostic.Column)}),");
            }

            writer.WriteLine("/// <summary>Builds the list of content warnings.</summary>");
            WriteListFactory(writer, "global::ResearchContent.ContentDiagnostic", "CreateDiagnostics", blob, body);
        }

        private static void WriteListFactory(IndentedTextWriter writer, string type, string name, Utf8Blob blob, List<string> items)
        {
            writer.WriteLine($"private static {ReadOnlyList}<{type}> {name}()");
            writer.WriteLine("{");
            writer.Indent++;
            blob.WriteDeclaration(writer);
            writer.WriteLine($"return global::System.Array.AsReadOnly(new {type}[]");
            writer.WriteLine("{");
            writer.Indent++;
            foreach (var line in items)
            {
                writer.WriteLine(line);
            }

            writer.Indent--;
            writer.WriteLine("});");
            writer.Indent--;
            writer.WriteLine("}");
            writer.WriteLineNoTabs(string.Empty);
        }

        internal static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

        private static string Plural(int count, string noun) => Number(count) + " " + noun + (count == 1 ? string.Empty : "s");
    }
}
