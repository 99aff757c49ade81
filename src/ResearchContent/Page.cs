using System.Collections.Generic;

namespace ResearchContent
{
    /// <summary>A publications page: its front matter and its publications.</summary>
    public sealed class Page
    {
        /// <summary>The <c>title</c> of the front matter, or <see langword="null"/>.</summary>
        public string? Title { get; init; }

        /// <summary>The <c>permalink</c> of the front matter, such as <c>/publications/</c>, or <see langword="null"/>.</summary>
        public string? Permalink { get; init; }

        /// <summary>The <c>layout</c> of the front matter, or <see langword="null"/>.</summary>
        public string? Layout { get; init; }

        /// <summary>
        /// The text above the page's first entry, such as <c>* indicates the corresponding author.</c>, plain text with
        /// paragraphs separated by a blank line; <see langword="null"/> when there is none.
        /// </summary>
        public string? Introduction { get; init; }

        /// <summary>The page's path relative to the content root, with <c>/</c> separators.</summary>
        public string Path { get; init; } = string.Empty;

        /// <summary>Every top-level scalar of the front matter, by key, as written.</summary>
        public IReadOnlyDictionary<string, string> FrontMatter { get; init; } = new Dictionary<string, string>();

        /// <summary>The page's publications in page order.</summary>
        public IReadOnlyList<Publication> Publications { get; init; } = System.Array.Empty<Publication>();

        /// <summary>The page's path.</summary>
        /// <returns>The path.</returns>
        public override string ToString() => Path;
    }
}
