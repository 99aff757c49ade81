namespace ResearchContent
{
    /// <summary>Where a piece of content was written.</summary>
    /// <param name="Path">The content file's path relative to the content root, with <c>/</c> separators.</param>
    /// <param name="Line">The 1-based line.</param>
    public sealed record SourceLocation(string Path, int Line)
    {
        /// <summary>The location as <c>path(line)</c>, the form compilers use.</summary>
        /// <returns>The location.</returns>
        public override string ToString() => Path + "(" + Line.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";
    }
}
