namespace ResearchContent.Generators.Primitives
{
    /// <summary>
    /// A span as 0-based lines and columns: inside a page's entry, counted from the entry's first line (so lines added
    /// above it leave its parse cached); inside a collection or BibTeX file, counted from the file's first line, since
    /// those are read and cached a file at a time.
    /// </summary>
    internal readonly record struct RelativeSpan(int StartLine, int StartColumn, int EndLine, int EndColumn)
    {
        public RelativeSpan Shift(int lines) => new(StartLine + lines, StartColumn, EndLine + lines, EndColumn);

        /// <summary>Whether <paramref name="other"/> lies inside this span.</summary>
        public bool Contains(RelativeSpan other) =>
            (StartLine, StartColumn).CompareTo((other.StartLine, other.StartColumn)) <= 0
            && (other.EndLine, other.EndColumn).CompareTo((EndLine, EndColumn)) <= 0;
    }
}
