using System.Collections.Generic;
using System.Linq;

namespace ResearchContent.Site.Services
{
    /// <summary>
    /// A run of consecutive publications listed under the same headings of their page.
    /// </summary>
    /// <param name="Path">The headings, outermost first; empty for publications above the page's first heading.</param>
    /// <param name="NewFrom">
    /// The first level of <paramref name="Path"/> not shared with the group before, so a heading the previous group
    /// already showed is not shown again (<c>Journal articles › 2022</c> after <c>Journal articles › 2023</c> shows
    /// only <c>2022</c>).
    /// </param>
    /// <param name="Publications">The publications, in page order.</param>
    public sealed record SectionGroup(IReadOnlyList<string> Path, int NewFrom, IReadOnlyList<Publication> Publications);

    /// <summary>
    /// A page's publications as its author grouped them under headings (<c>## Journal articles</c>, <c>### 2021</c>).
    /// A page organised that way is listed that way, in the author's order; a page without headings is listed by year.
    /// </summary>
    public static class SectionGroups
    {
        /// <summary>The deepest heading level the site renders as a heading of its own; deeper ones join it.</summary>
        public const int MaxDepth = 3;

        /// <summary>Whether any publication of the page is listed under a heading.</summary>
        /// <param name="page">The page.</param>
        /// <returns><see langword="true"/> when the page has sections.</returns>
        public static bool Has(Page page) => page.Publications.Any(p => p.Sections.Count > 0);

        /// <summary>The page's publications (of one kind, or all) in runs under the same headings, in page order.</summary>
        /// <param name="page">The page.</param>
        /// <param name="kind">The kind to keep, or <see langword="null"/> for all.</param>
        /// <returns>The groups; a heading whose publications are all filtered out is not listed.</returns>
        public static IReadOnlyList<SectionGroup> Of(Page page, PublicationKind? kind)
        {
            var groups = new List<SectionGroup>();
            IReadOnlyList<string>? path = null;
            var run = new List<Publication>();
            IReadOnlyList<string> shown = new string[0];
            foreach (var publication in page.Publications.Where(p => kind is null || CitationDetails.KindOf(p) == kind))
            {
                var own = Shown(publication.Sections);
                if (path is not null && !own.SequenceEqual(path))
                {
                    groups.Add(new SectionGroup(path, Shared(shown, path), run));
                    shown = path;
                    run = new List<Publication>();
                }

                path = own;
                run.Add(publication);
            }

            if (path is not null)
            {
                groups.Add(new SectionGroup(path, Shared(shown, path), run));
            }

            return groups;
        }

        /// <summary>The heading's level on the list page: the page's title is level 1, the outermost section level 2.</summary>
        /// <param name="depth">The 0-based depth in the path.</param>
        /// <returns>The HTML heading level.</returns>
        public static int HeadingLevel(int depth) => depth + 2;

        /// <summary>The HTML heading level of a group's titles: one below its deepest heading.</summary>
        /// <param name="group">The group.</param>
        /// <returns>The level; 2 for publications above the page's first heading.</returns>
        public static int TitleLevel(SectionGroup group) => HeadingLevel(group.Path.Count);

        /// <summary>
        /// Headings deeper than the site renders join the deepest one (<c>2021 › Accepted</c>), so that no heading
        /// level is skipped and the titles stay headings.
        /// </summary>
        private static IReadOnlyList<string> Shown(IReadOnlyList<string> sections) =>
            sections.Count <= MaxDepth
                ? sections
                : sections.Take(MaxDepth - 1).Append(string.Join(" › ", sections.Skip(MaxDepth - 1))).ToList();

        private static int Shared(IReadOnlyList<string> before, IReadOnlyList<string> path)
        {
            var level = 0;
            while (level < before.Count && level < path.Count && before[level] == path[level])
            {
                level++;
            }

            return level;
        }
    }
}
