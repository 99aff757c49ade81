namespace ResearchContent
{
    /// <summary>A figure of a publication: an image with a bilingual caption.</summary>
    public sealed class Figure
    {
        /// <summary>The image source exactly as written in the content, such as <c>/images/zhangqi.png</c>.</summary>
        public string Source { get; init; } = string.Empty;

        /// <summary>The image's alternative text, or <see langword="null"/> when the content gives none.</summary>
        public string? Alt { get; init; }

        /// <summary>The display width in pixels, or <see langword="null"/> when the content gives none.</summary>
        public int? Width { get; init; }

        /// <summary>The caption in English and Chinese.</summary>
        public LocalizedText Caption { get; init; } = LocalizedText.Empty;

        /// <summary>Whether the image file was among the project's content files when the catalog was compiled.</summary>
        public bool ImageExists { get; init; }
    }
}
