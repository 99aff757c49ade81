namespace ResearchContent.Generators.Sources.BibTeX
{
    /// <summary>What a LaTeX command (other than an accent) does to the text a reader sees.</summary>
    internal enum LaTeXCommandKind
    {
        /// <summary>The command is a character or a word: <c>\ss</c>, <c>\&amp;</c>, <c>\mu</c>, <c>\ldots</c>.</summary>
        Text,

        /// <summary>The command only styles what follows or its argument, which is kept: <c>\textit</c>, <c>\em</c>, <c>\mathrm</c>.</summary>
        Style,

        /// <summary>The command is a space: <c>\ </c>, <c>\,</c>, <c>\quad</c>, <c>\\</c>.</summary>
        Space,

        /// <summary>The command's first argument is not text: <c>\href{url}{text}</c>, <c>\noopsort{key}</c>.</summary>
        DropArgument,

        /// <summary>The command's argument is taken character for character: <c>\url{…}</c>, <c>\doi{…}</c>.</summary>
        Verbatim,

        /// <summary>The command's argument is raised or lowered: <c>\textsuperscript{2}</c>.</summary>
        Superscript,

        Subscript,
    }
}
