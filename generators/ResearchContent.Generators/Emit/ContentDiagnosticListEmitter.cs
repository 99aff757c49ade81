using ResearchContent.Generators.Emit.Storage;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Primitives;
using static ResearchContent.Generators.Emit.GeneratedNames;
using static ResearchContent.Generators.Emit.GlobalTypeNames;

namespace ResearchContent.Generators.Emit
{
    /// <summary>
    /// Writes the content warnings apps can show (<c>ResearchCatalog.Diagnostics</c>) to a file of their own, as one
    /// block of data: a page with a warning per figure has thousands, and a changed warning leaves the index alone.
    /// </summary>
    internal static class ContentDiagnosticListEmitter
    {
        public static string Emit(EquatableArray<ContentDiagnosticModel> diagnostics) => GeneratedFile.Write(writer =>
        {
            writer.WriteLine($"public static partial class {CatalogClass}");
            writer.OpenBlock();
            writer.WriteLine("/// <summary>Builds the list of content warnings.</summary>");
            writer.WriteLine($"private static {ReadOnlyList}<{ContentDiagnostic}> {CreateDiagnosticsMethod}() => {CatalogStorage}.ReadDiagnostics({DiagnosticDataProperty});");
            writer.WriteLine();
            writer.WriteLine("/// <summary>The content warnings, stored as data (docs/storage.md).</summary>");
            writer.WriteLine($"private static {ReadOnlySpan}<byte> {DiagnosticDataProperty} => {CSharpLiteral.Utf8(CatalogDataWriter.Diagnostics(diagnostics).ToString())};");
            writer.CloseBlock();
        });
    }
}
