namespace ResearchContent.Generators.Model
{
    /// <summary>The text of one entry as the page splitter cut it, and the 0-based page line it starts on.</summary>
    internal sealed record EntrySource(string Text, int StartLine);
}
