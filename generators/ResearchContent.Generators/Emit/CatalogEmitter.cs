using ResearchContent.Generators.Emit.Storage;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Primitives;
using ResearchContent.Storage;
using static ResearchContent.Generators.Emit.GeneratedNames;
using static ResearchContent.Generators.Emit.GlobalTypeNames;

namespace ResearchContent.Generators.Emit
{
    /// <summary>
    /// Writes the shared part of the <c>ResearchCatalog</c> class from the catalog's index alone: the lists, the
    /// lookup by key in a sorted key table, and the lazy factory. Each publication is built on its first use from
    /// its chunk's block of data (<see cref="ChunkEmitter"/>), so that a large catalog does not pay for every
    /// publication when one is read, and no generated construct grows with the catalog.
    /// </summary>
    internal static class CatalogEmitter
    {
        public static string Emit(CatalogIndexModel model) => GeneratedFile.Write(writer => WriteClass(writer, model));

        private static void WriteClass(SourceWriter writer, CatalogIndexModel model)
        {
            var count = model.Keys.Count;
            writer.WriteLine("/// <summary>");
            writer.WriteLine($"/// The publications compiled from the project's content files: {Plural(count, "publication")} on {Plural(model.Pages.Count, "page")}.");
            writer.WriteLine("/// </summary>");
            writer.WriteLine($"[{GeneratedCodeAttribute}(\"ResearchContent.Generators\", \"1.0.0\")]");
            writer.WriteLine($"public static partial class {CatalogClass}");
            writer.OpenBlock();

            writer.WriteLine("/// <summary>Each publication once built; built on first use.</summary>");
            writer.WriteLine($"private static readonly {Publication}?[] {PublicationsField} = new {Publication}?[{Invariant.Number(count)}];");
            writer.WriteLine($"/// <summary>The list behind <see cref=\"{PublicationsProperty}\"/>, once built.</summary>");
            writer.WriteLine($"private static {ReadOnlyList}<{Publication}>? {AllField};");
            writer.WriteLine($"/// <summary>The list behind <see cref=\"{PagesProperty}\"/>, once built.</summary>");
            writer.WriteLine($"private static {ReadOnlyList}<{Page}>? {PagesField};");
            writer.WriteLine($"/// <summary>The list behind <see cref=\"{DiagnosticsProperty}\"/>, once built.</summary>");
            writer.WriteLine($"private static {ReadOnlyList}<{ContentDiagnostic}>? {DiagnosticsField};");
            writer.WriteLine();

            writer.WriteLine("/// <summary>Every publication, in page order.</summary>");
            writer.WriteLine($"public static {ReadOnlyList}<{Publication}> {PublicationsProperty} => {AllField} ??= {CreateAllMethod}();");
            writer.WriteLine();
            writer.WriteLine("/// <summary>Every content page, ordered by path.</summary>");
            writer.WriteLine($"public static {ReadOnlyList}<{Page}> {PagesProperty} => {PagesField} ??= {CreatePagesMethod}();");
            writer.WriteLine();
            writer.WriteLine("/// <summary>The warnings the generator reported about the content when this catalog was compiled.</summary>");
            writer.WriteLine($"public static {ReadOnlyList}<{ContentDiagnostic}> {DiagnosticsProperty} => {DiagnosticsField} ??= {CreateDiagnosticsMethod}();");
            writer.WriteLine();

            WriteTryGet(writer, model);
            WriteFactories(writer, count);
            writer.WriteLine($"/// <summary>The stored publications and the switches that find them.</summary>");
            writer.WriteLine($"private static partial class {StoredDataClass}");
            writer.OpenBlock();
            BlockSwitchEmitter.Write(writer, model.ChunkCount);
            writer.CloseBlock();
            writer.WriteLine();

            writer.WriteLine("/// <summary>Builds the list of pages.</summary>");
            writer.WriteLine($"private static {ReadOnlyList}<{Page}> {CreatePagesMethod}() => {CatalogStorage}.ReadPages({PageDataProperty}, {GetMethod});");
            writer.WriteLine();
            writer.WriteLine("/// <summary>The keys sorted by their UTF-8 bytes, each with its publication's index (docs/storage.md).</summary>");
            writer.WriteLine($"private static {ReadOnlySpan}<byte> {KeyTableProperty} => {CSharpLiteral.Utf8(CatalogDataWriter.KeyTable(model.Keys).ToString())};");
            writer.WriteLine();
            writer.WriteLine("/// <summary>The pages, stored as data (docs/storage.md).</summary>");
            writer.WriteLine($"private static {ReadOnlySpan}<byte> {PageDataProperty} => {CSharpLiteral.Utf8(CatalogDataWriter.Pages(model.Pages).ToString())};");
            writer.CloseBlock();
        }

        private static void WriteTryGet(SourceWriter writer, CatalogIndexModel model)
        {
            writer.WriteLine("/// <summary>Finds a publication by its key, such as <c>zhang2021selective</c>.</summary>");
            writer.WriteLine("/// <param name=\"key\">The publication's key; keys are case-sensitive.</param>");
            writer.WriteLine("/// <param name=\"publication\">The publication, or <see langword=\"null\"/> when no publication has the key.</param>");
            writer.WriteLine("/// <returns>Whether a publication has the key.</returns>");
            writer.WriteLine($"public static bool {TryGetMethod}(");
            writer.Indent();
            writer.WriteLine("string key,");
            writer.WriteLineNoIndent("#if NETCOREAPP3_0_OR_GREATER || NETSTANDARD2_1_OR_GREATER");
            writer.WriteLine($"[{NotNullWhenAttribute}(true)]");
            writer.WriteLineNoIndent("#endif");
            writer.WriteLine($"out {Publication}? publication)");
            writer.Unindent();
            writer.OpenBlock();
            writer.WriteLine($"var index = {CatalogStorage}.IndexOf({KeyTableProperty}, key);");
            writer.WriteLine($"publication = index < 0 ? null : {GetMethod}(index);");
            writer.WriteLine("return index >= 0;");
            writer.CloseBlock();
            writer.WriteLine();
        }

        private static void WriteFactories(SourceWriter writer, int count)
        {
            writer.WriteLine("/// <summary>The publication at <paramref name=\"index\"/>, built on first use; concurrent first uses agree on one instance.</summary>");
            writer.WriteLine($"private static {Publication} {GetMethod}(int index)");
            writer.OpenBlock();
            writer.WriteLine($"var publication = {Volatile}.Read(ref {PublicationsField}[index]);");
            writer.WriteLine("if (publication is null)");
            writer.OpenBlock();
            writer.WriteLine($"{Interlocked}.CompareExchange(ref {PublicationsField}[index], {CreateMethod}(index), null);");
            writer.WriteLine($"publication = {PublicationsField}[index]!;");
            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteLine("return publication;");
            writer.CloseBlock();
            writer.WriteLine();

            writer.WriteLine("/// <summary>Builds the list of every publication.</summary>");
            writer.WriteLine($"private static {ReadOnlyList}<{Publication}> {CreateAllMethod}()");
            writer.OpenBlock();
            writer.WriteLine($"var all = new {Publication}[{Invariant.Number(count)}];");
            writer.WriteLine("for (var i = 0; i < all.Length; i++)");
            writer.OpenBlock();
            writer.WriteLine($"all[i] = {GetMethod}(i);");
            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteLine($"return {Array}.AsReadOnly(all);");
            writer.CloseBlock();
            writer.WriteLine();

            writer.WriteLine("/// <summary>Builds the publication at <paramref name=\"index\"/> from its chunk's block of data.</summary>");
            writer.WriteLine($"private static {Publication} {CreateMethod}(int index) => {CatalogStorage}.ReadPublication({StoredDataClass}.{BlockOfMethod}(index / {Invariant.Number(StorageLayout.ChunkSize)}), index % {Invariant.Number(StorageLayout.ChunkSize)});");
            writer.WriteLine();
        }

        private static string Plural(int count, string noun) => Invariant.Number(count) + " " + noun + (count == 1 ? string.Empty : "s");
    }
}
