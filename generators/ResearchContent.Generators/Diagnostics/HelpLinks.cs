namespace ResearchContent.Generators.Diagnostics
{
    /// <summary>
    /// Where each diagnostic is explained: its section of docs/diagnostics.md, which carries an anchor named by the
    /// lower-case ID (<c>#rc1007</c>) so that links survive a change of the section's title.
    /// </summary>
    internal static class HelpLinks
    {
        public const string DiagnosticsDocument = "https://github.com/research-content/ResearchContent/blob/main/docs/diagnostics.md";

        public static string For(string id) => DiagnosticsDocument + "#" + id.ToLowerInvariant();
    }
}
