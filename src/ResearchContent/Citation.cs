namespace ResearchContent
{
    /// <summary>The citation of a publication, as the page links it.</summary>
    public sealed class Citation
    {
        /// <summary>The full citation as plain text: entities decoded, tags stripped, whitespace collapsed.</summary>
        public string Text { get; init; } = string.Empty;

        /// <summary>The link exactly as written, such as <c>https://doi.org/10.3389/feart.2021.672809</c>.</summary>
        public string Url { get; init; } = string.Empty;

        /// <summary>The bare DOI, such as <c>10.3389/feart.2021.672809</c>, when the link is a doi.org link; otherwise <see langword="null"/>.</summary>
        public string? Doi { get; init; }

        /// <summary>The canonical DOI link, <c>https://doi.org/</c> followed by <see cref="Doi"/>, or <see langword="null"/>.</summary>
        public string? DoiUrl => Doi is null ? null : "https://doi.org/" + Doi;

        /// <summary>The citation text.</summary>
        /// <returns>The citation text.</returns>
        public override string ToString() => Text;
    }
}
