namespace ResearchContent
{
    /// <summary>A text written in English, Chinese, or both.</summary>
    /// <param name="En">The English text, or <see langword="null"/> when the content has none.</param>
    /// <param name="Zh">The Chinese text, or <see langword="null"/> when the content has none.</param>
    public sealed record LocalizedText(string? En, string? Zh)
    {
        /// <summary>An empty text with neither language.</summary>
        public static LocalizedText Empty { get; } = new LocalizedText(null, null);

        /// <summary>Whether neither language has a text.</summary>
        public bool IsEmpty => En is null && Zh is null;

        /// <summary>The text in <paramref name="language"/>, falling back to the other language when it is missing.</summary>
        /// <param name="language">A BCP 47 tag; tags starting with <c>zh</c> choose Chinese, all others English.</param>
        /// <returns>The text, or <see langword="null"/> when neither language has one.</returns>
        public string? Get(string language) => IsChinese(language) ? Zh ?? En : En ?? Zh;

        /// <summary>The language tag (<c>en</c> or <c>zh</c>) of the text that <see cref="Get"/> returns for <paramref name="language"/>.</summary>
        /// <param name="language">A BCP 47 tag.</param>
        /// <returns><c>en</c> or <c>zh</c>, or <see langword="null"/> when neither language has a text.</returns>
        public string? LanguageOf(string language)
        {
            if (IsChinese(language))
            {
                return Zh is not null ? "zh" : En is not null ? "en" : null;
            }

            return En is not null ? "en" : Zh is not null ? "zh" : null;
        }

        /// <summary>The English text if there is one, else the Chinese text, else an empty string.</summary>
        /// <returns>The text.</returns>
        public override string ToString() => En ?? Zh ?? string.Empty;

        private static bool IsChinese(string language) =>
            language is not null && language.StartsWith("zh", System.StringComparison.OrdinalIgnoreCase);
    }
}
