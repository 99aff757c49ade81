namespace ResearchContent.Generators.Sources.BibTeX
{
    /// <summary>A run of a value's text that was written, character for character, at one place in the file.</summary>
    /// <param name="TextStart">Where the run starts in the value's text.</param>
    /// <param name="FileStart">Where it was written in the file.</param>
    /// <param name="Length">Its length.</param>
    internal readonly record struct TextSegment(int TextStart, int FileStart, int Length);
}
