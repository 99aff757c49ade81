namespace ResearchContent.Generators.Sources.BibTeX
{
    /// <summary>What reading one value gave: the value, whether the entry is still sound, and where reading goes on.</summary>
    internal readonly struct ValueReadResult
    {
        private ValueReadResult(BibTeXValue? value, bool isSound, int resumeAt)
        {
            Value = value;
            IsSound = isSound;
            ResumeAt = resumeAt;
        }

        /// <summary>The value, or <see langword="null"/> when it could not be read; the entry's structure is then lost.</summary>
        public BibTeXValue? Value { get; }

        /// <summary>Whether no error was reported for the value.</summary>
        public bool IsSound { get; }

        /// <summary>Where reading resumes when <see cref="Value"/> is <see langword="null"/>: the next entry, or the end of the file.</summary>
        public int ResumeAt { get; }

        /// <summary>A value read without error.</summary>
        public static ValueReadResult Read(BibTeXValue value) => new(value, isSound: true, resumeAt: value.End);

        /// <summary>A value read whole, with an error that leaves its entry out.</summary>
        public static ValueReadResult Flawed(BibTeXValue value) => new(value, isSound: false, resumeAt: value.End);

        /// <summary>A value that could not be read; reading resumes at <paramref name="resumeAt"/>.</summary>
        public static ValueReadResult Unreadable(int resumeAt) => new(null, isSound: false, resumeAt);
    }
}
