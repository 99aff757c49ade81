namespace ResearchContent.Generators.Model
{
    /// <summary>
    /// A heading written above an entry's label (<c>## 2021</c>, <c>### Journal articles</c>,
    /// <c>**Conference papers**</c>): it opens a section of the page, which holds this entry and the ones after it
    /// until a heading of the same or a higher level.
    /// </summary>
    /// <param name="Level">1 to 6 for <c>#</c> to <c>######</c> and <c>&lt;h1&gt;</c> to <c>&lt;h6&gt;</c>; 7 for a line in bold alone, the lowest.</param>
    /// <param name="Text">The heading's plain text.</param>
    internal sealed record SectionHeading(int Level, string Text)
    {
        /// <summary>The level of a paragraph that is a line in bold alone.</summary>
        public const int BoldLine = 7;

        /// <summary>Whether the page's own text (an introduction longer than a brief line, not an entry) follows the heading before the entry's label.</summary>
        public bool HeadsText { get; init; }
    }
}
