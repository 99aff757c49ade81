namespace ResearchContent
{
    /// <summary>One author of a publication, as the citation prints the name.</summary>
    public sealed class Author
    {
        /// <summary>The family name with its particles, such as <c>Wang</c> or <c>van der Woerd</c>.</summary>
        public string Family { get; init; } = string.Empty;

        /// <summary>The given name or initials exactly as printed, such as <c>T.</c>, <c>J.-P.</c> or <c>Teng</c>.</summary>
        public string Given { get; init; } = string.Empty;

        /// <summary>Whether the citation marks this author as the corresponding author (with <c>*</c>).</summary>
        public bool IsCorresponding { get; init; }

        /// <summary>The name as <c>Family, Given</c>.</summary>
        /// <returns>The name.</returns>
        public override string ToString() => Given.Length == 0 ? Family : Family + ", " + Given;
    }
}
