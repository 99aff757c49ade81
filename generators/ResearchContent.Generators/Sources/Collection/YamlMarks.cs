namespace ResearchContent.Generators.Sources.Collection
{
    /// <summary>Where a YAML value starts and ends, as 0-based lines and columns of the YAML text.</summary>
    internal readonly record struct YamlMarks(int StartLine, int StartColumn, int EndLine, int EndColumn);
}
