using ResearchContent.Generators.Model;
using ResearchContent.Generators.Primitives;
using static ResearchContent.Generators.Emit.GeneratedNames;
using static ResearchContent.Generators.Emit.GlobalTypeNames;

namespace ResearchContent.Generators.Emit
{
    /// <summary>Writes the factory of <c>ResearchCatalog.Diagnostics</c>, the content warnings apps can show.</summary>
    internal static class ContentDiagnosticListEmitter
    {
        public static void Write(SourceWriter writer, EquatableArray<ContentDiagnosticModel> diagnostics)
        {
            var blob = new Utf8Blob();
            var elements = new SourceWriter();
            foreach (var diagnostic in diagnostics)
            {
                elements.WriteLine(
                    $"new {ContentDiagnostic}({blob.Text(diagnostic.Id)}, {blob.Text(diagnostic.Severity)}, {blob.Text(diagnostic.Message)}, "
                    + $"{blob.Text(diagnostic.Path)}, {Invariant.Number(diagnostic.Line)}, {Invariant.Number(diagnostic.Column)}),");
            }

            writer.WriteLine("/// <summary>Builds the list of content warnings.</summary>");
            ListFactoryEmitter.Write(writer, ContentDiagnostic, CreateDiagnosticsMethod, blob, elements);
        }
    }
}
