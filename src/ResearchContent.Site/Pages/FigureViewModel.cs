using ResearchContent.Site.Services;

namespace ResearchContent.Site.Pages
{
    /// <summary>A figure to render, with how its image resolved.</summary>
    /// <param name="Figure">The figure.</param>
    /// <param name="Number">Its 1-based number within the publication.</param>
    /// <param name="Lang">The page's language.</param>
    /// <param name="Image">The resolved image.</param>
    public sealed record FigureViewModel(Figure Figure, int Number, string Lang, FigureImage Image)
    {
        /// <summary>The caption in the page's language, falling back to the other.</summary>
        public string? Caption => Figure.Caption.Get(Lang);

        /// <summary>The language of <see cref="Caption"/>.</summary>
        public string? CaptionLang => Figure.Caption.LanguageOf(Lang);

        /// <summary>The alternative text: the content's, else the caption, else the figure's number.</summary>
        public string Alt => !string.IsNullOrWhiteSpace(Figure.Alt)
            ? Figure.Alt!
            : Caption ?? Language.T(Lang, "figure", Number);
    }
}
