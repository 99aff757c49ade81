namespace ResearchContent.Generators.Sources.BibTeX
{
    /// <summary>A LaTeX command the decoder does not know, kept in the text without its backslash.</summary>
    /// <param name="Offset">Where the command starts in the decoded value's text.</param>
    /// <param name="Length">The command's length, backslash included.</param>
    /// <param name="Command">The command as written, such as <c>\SI</c>.</param>
    /// <param name="KeptAs">What the text holds instead, such as <c>SI</c>.</param>
    internal readonly record struct UnknownLaTeXCommand(int Offset, int Length, string Command, string KeptAs);
}
