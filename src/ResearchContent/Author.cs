namespace ResearchContent
{
    /// <summary>One author of a publication, as the citation prints the name.</summary>
    public sealed class Author
    {
        /// <summary>The family name with its particles, such as <c>Wang</c> or <c>van der Woerd</c>.</summary>
        public string Family { get; init; } = string.Empty;

        /// <summary>The given name or initials exactly as printed, such as <c>T.</c>, <c>J.-P.</c> or <c>Teng</c>.</summary>
        public string Given { get; init; } = string.Empty;

        /// <summary>A generational suffix as printed, such as <c>Jr.</c> or <c>III</c>, or <see langword="null"/>.</summary>
        public string? Suffix { get; init; }

        /// <summary>Whether the citation marks this author as the corresponding author (with <c>*</c>).</summary>
        public bool IsCorresponding { get; init; }

        /// <summary>
        /// The name in reading order, <c>Given Family</c>, such as <c>Q. Zhang</c>; the family name alone when there is
        /// no given name.
        /// </summary>
        public string DisplayName => HasGiven ? Given + " " + Family : Family;

        /// <summary>
        /// The name inverted, <c>Family, Given</c>, such as <c>Zhang, Q.</c>, as reference lists and Google Scholar's
        /// <c>citation_author</c> write it; the family name alone when there is no given name.
        /// </summary>
        public string InvertedName => HasGiven ? Family + ", " + Given : Family;

        // A catalog built by hand may leave the given name null or spaces; either means there is none.
        private bool HasGiven => !string.IsNullOrWhiteSpace(Given);

        /// <summary>The name as <c>Family, Given</c>: <see cref="InvertedName"/>.</summary>
        /// <returns>The name.</returns>
        public override string ToString() => InvertedName;
    }
}
