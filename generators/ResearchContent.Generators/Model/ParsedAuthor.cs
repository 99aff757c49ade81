namespace ResearchContent.Generators.Model
{
    /// <summary>One author as a citation prints it.</summary>
    /// <param name="Family">The family name with its particles, such as <c>van der Berg</c>.</param>
    /// <param name="Given">The given name or initials exactly as printed, such as <c>Q.</c>, <c>J.-P.</c> or <c>Qi</c>.</param>
    /// <param name="IsCorresponding">Whether the citation marks the author with <c>*</c>; the mark is not part of the name.</param>
    internal sealed record ParsedAuthor(string Family, string Given, bool IsCorresponding)
    {
        /// <summary>A generational suffix as printed, such as <c>Jr.</c>, or <see langword="null"/>.</summary>
        public string? Suffix { get; init; }
    }
}
