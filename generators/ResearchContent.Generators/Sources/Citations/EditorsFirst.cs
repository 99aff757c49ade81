using System.Text.RegularExpressions;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// A whole book cited by its editors, marked after their names without parentheses as MDPI prints it:
    /// <c>Santos, P., Ed. Advances in Sustainable Aquaculture; MDPI: Basel, Switzerland, 2021.</c> The names are the
    /// editors', who are never authors; the mark opens what the author scan leaves after them.
    /// </summary>
    internal static class EditorsFirst
    {
        private static readonly Regex Mark = CitationRegex.Create(@"^Eds?\.\s+(?=\p{Lu})");

        // The same mark closing the names, when the page's title anchored the split before the book's title.
        private static readonly Regex ClosingMark = CitationRegex.Create(@",\s*Eds?\.$");

        /// <summary>The layout with the names read as editors and the mark taken off, when the body opens with it.</summary>
        public static CitationLayout Read(CitationLayout layout)
        {
            if (layout.ByEditors)
            {
                return layout;
            }

            if (layout.Title is not null)
            {
                return ClosingMark.Match(layout.Authors) is { Success: true } closing
                    ? layout with { Authors = layout.Authors.Substring(0, closing.Index), ByEditors = true }
                    : layout;
            }

            if (Mark.Match(layout.Body) is not { Success: true } mark)
            {
                return layout;
            }

            return layout with { Body = layout.Body.Substring(mark.Length), ByEditors = true };
        }
    }
}
