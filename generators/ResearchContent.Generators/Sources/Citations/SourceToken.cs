namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>A piece of a citation's volume/issue/pages part, and the separator printed before it.</summary>
    /// <param name="Text">The token, such as <c>vol.</c>, <c>45</c>, <c>8537–8551</c> or <c>(18)</c>.</param>
    /// <param name="Kind">What the token is.</param>
    /// <param name="Separator">The punctuation before it (<c>,</c>, <c>;</c>, <c>:</c>, <c>.</c>), or a space.</param>
    /// <param name="Start">Where the token starts in the text.</param>
    internal readonly record struct SourceToken(string Text, SourceTokenKind Kind, char Separator, int Start);
}
