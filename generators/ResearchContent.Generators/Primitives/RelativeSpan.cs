namespace ResearchContent.Generators.Primitives
{
    /// <summary>
    /// A span inside one entry, as 0-based lines and columns counted from the entry's first line.
    /// Keeping positions relative to the entry means that lines added above it leave its parse cached.
    /// </summary>
    internal readonly record struct RelativeSpan(int StartLine, int StartColumn, int EndLine, int EndColumn)
    {
        public RelativeSpan Shift(int lines) => new(StartLine + lines, StartColumn, EndLine + lines, EndColumn);
    }
}
