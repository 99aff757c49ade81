namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// A piece of an author list between separators, whether it carried the corresponding author's <c>*</c>, and the
    /// equal-contribution marks printed after it (<c>#</c>, <c>†</c>), which the author keeps after the given name.
    /// </summary>
    internal readonly record struct AuthorPiece(string Text, bool Corresponding, string Mark = "");
}
