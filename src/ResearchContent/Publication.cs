using System.Collections.Generic;

namespace ResearchContent
{
    /// <summary>One publication of a publications page.</summary>
    public sealed class Publication
    {
        /// <summary>The BibTeX-style key, such as <c>zhang2021selective</c>: unique in the catalog.</summary>
        public string Key { get; init; } = string.Empty;

        /// <summary>The label as written, such as <c>2021-#3</c>.</summary>
        public string Label { get; init; } = string.Empty;

        /// <summary>The year of the label.</summary>
        public int Year { get; init; }

        /// <summary>The number of the label within its year.</summary>
        public int Number { get; init; }

        /// <summary>The title in English and Chinese.</summary>
        public LocalizedText Title { get; init; } = LocalizedText.Empty;

        /// <summary>The abstract in English and Chinese; paragraphs are separated by a blank line.</summary>
        public LocalizedText Abstract { get; init; } = LocalizedText.Empty;

        /// <summary>The citation and its link.</summary>
        public Citation Citation { get; init; } = new Citation();

        /// <summary>The figures in the order written.</summary>
        public IReadOnlyList<Figure> Figures { get; init; } = System.Array.Empty<Figure>();

        /// <summary>The further links of the header, after the citation (a PDF, code, news coverage), in the order written.</summary>
        public IReadOnlyList<Link> Links { get; init; } = System.Array.Empty<Link>();

        /// <summary>Where the entry's label was written.</summary>
        public SourceLocation Source { get; init; } = new SourceLocation(string.Empty, 0);

        /// <summary>The key and the English title.</summary>
        /// <returns>A short description.</returns>
        public override string ToString() => Key + ": " + Title;
    }
}
