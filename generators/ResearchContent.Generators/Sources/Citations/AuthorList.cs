using ResearchContent.Generators.Model;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>The result of reading an author list: the authors, or a failure when any name was not understood.</summary>
    internal readonly record struct AuthorList(EquatableArray<ParsedAuthor> Authors, bool Truncated, bool Success)
    {
        public static AuthorList Failed(bool truncated) => new(EquatableArray<ParsedAuthor>.Empty, truncated, false);

        /// <summary>A work with no authors to read, such as an edited book: nothing is missing.</summary>
        public static AuthorList None => new(EquatableArray<ParsedAuthor>.Empty, false, true);
    }
}
