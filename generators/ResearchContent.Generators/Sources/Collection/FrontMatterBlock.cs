using System.Collections.Generic;

namespace ResearchContent.Generators.Sources.Collection
{
    /// <summary>
    /// Where a Jekyll file's front matter stands, by its lines. Jekyll reads front matter only when the file's first
    /// line is <c>---</c>, and ends it at the next line that is <c>---</c> or <c>...</c> (trailing spaces allowed).
    /// </summary>
    /// <param name="CloseLine">The 0-based line that closes the front matter, or -1 when no line does.</param>
    internal readonly record struct FrontMatterBlock(int CloseLine)
    {
        /// <summary>Whether a line closes the front matter; Jekyll reads none from a file whose front matter is never closed.</summary>
        public bool IsClosed => CloseLine > 0;

        /// <summary>The front matter of the file's lines, or <see langword="null"/> when the first line is not <c>---</c>.</summary>
        public static FrontMatterBlock? Find(IReadOnlyList<string> lines)
        {
            if (lines.Count == 0 || lines[0].TrimEnd() != "---")
            {
                return null;
            }

            for (var i = 1; i < lines.Count; i++)
            {
                if (lines[i].TrimEnd() is "---" or "...")
                {
                    return new FrontMatterBlock(i);
                }
            }

            return new FrontMatterBlock(-1);
        }
    }
}
