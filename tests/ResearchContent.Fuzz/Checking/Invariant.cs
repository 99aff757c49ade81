namespace ResearchContent.Fuzz.Checking
{
    /// <summary>What the generator must do on any input; a finding names the one it broke (docs/reliability.md).</summary>
    public enum Invariant
    {
        /// <summary>No exception escapes the driver, the generator does not throw (CS8785) and reports no RC0002.</summary>
        Crash,

        /// <summary>Every diagnostic's location is inside its file: a line the file has, a column its line has.</summary>
        LocationOutsideFile,

        /// <summary>Every entry is in the catalog or has an error at its lines.</summary>
        LostEntry,

        /// <summary>The generated code compiles without errors or warnings.</summary>
        Uncompilable,

        /// <summary>Two runs, the second with the files shuffled, produce the same files and diagnostics.</summary>
        Nondeterministic,

        /// <summary>The run finishes within the time bound.</summary>
        Timeout,
    }
}
