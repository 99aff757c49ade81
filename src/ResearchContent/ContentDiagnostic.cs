namespace ResearchContent
{
    /// <summary>A warning or message the compiler reported about the content, kept so that apps can show it.</summary>
    /// <param name="Id">The diagnostic ID, such as <c>RC2002</c>.</param>
    /// <param name="Severity">The severity as compiled: <c>Warning</c> or <c>Info</c>.</param>
    /// <param name="Message">The message.</param>
    /// <param name="Path">The content file's path relative to the content root.</param>
    /// <param name="Line">The 1-based line.</param>
    /// <param name="Column">The 1-based column.</param>
    public sealed record ContentDiagnostic(string Id, string Severity, string Message, string Path, int Line, int Column)
    {
        /// <summary>The diagnostic in the form compilers print, <c>path(line,column): severity id: message</c>.</summary>
        /// <returns>The formatted diagnostic.</returns>
        public override string ToString() =>
            Path + "(" + Line.ToString(System.Globalization.CultureInfo.InvariantCulture) + ","
            + Column.ToString(System.Globalization.CultureInfo.InvariantCulture) + "): "
            + Severity.ToLowerInvariant() + " " + Id + ": " + Message;
    }
}
