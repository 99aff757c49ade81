namespace ResearchContent.Fuzz.Inputs
{
    /// <summary>Where an input comes from; the report counts inputs and findings per kind.</summary>
    public enum InputKind
    {
        /// <summary>The fixed list of hostile shapes (huge, deep, malformed), always run first.</summary>
        Hostile,

        /// <summary>Pages, collection files and BibTeX files assembled by FsCheck generators from valid and invalid parts.</summary>
        Generated,

        /// <summary>Byte and line mutations of the seed corpus.</summary>
        Mutated,
    }
}
