namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>A piece of an author list between separators, and whether it carried the corresponding author's <c>*</c>.</summary>
    internal readonly record struct AuthorPiece(string Text, bool Corresponding);
}
