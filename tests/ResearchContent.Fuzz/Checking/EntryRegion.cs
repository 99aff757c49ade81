namespace ResearchContent.Fuzz.Checking
{
    /// <summary>The 0-based lines of one entry, from its first line up to (not including) <paramref name="EndLine"/>.</summary>
    internal readonly record struct EntryRegion(int StartLine, int EndLine)
    {
        public bool Contains(int line) => line >= StartLine && line < EndLine;

        public override string ToString() => StartLine == EndLine - 1 ? $"line {StartLine + 1}" : $"lines {StartLine + 1}-{EndLine}";
    }
}
