namespace ResearchContent.Generators.Sources.Collection
{
    /// <summary>One <c>name: value</c> of a YAML mapping, with the 0-based position of its name in the YAML text.</summary>
    internal sealed record YamlEntry(string Name, int Line, int Column, YamlValue Value);
}
