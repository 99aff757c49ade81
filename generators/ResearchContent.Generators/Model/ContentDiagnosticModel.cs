namespace ResearchContent.Generators.Model
{
    /// <summary>A warning about the content that the catalog keeps, so that apps such as the report can show it.</summary>
    internal sealed record ContentDiagnosticModel(string Id, string Severity, string Message, string Path, int Line, int Column);
}
