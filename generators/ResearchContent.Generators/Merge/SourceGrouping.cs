using System;
using System.Collections.Generic;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Merge
{
    /// <summary>
    /// Finds the statements that are one paper: the same DOI first, else the same title (ignoring case and
    /// punctuation) and year, else the same explicit key. Two DOIs that differ are never one paper, and neither are two
    /// entries of pages: a page that lists a paper twice gets its own errors, and a merge would hide them.
    /// </summary>
    internal static class SourceGrouping
    {
        /// <returns>The groups, each in statement order, ordered by their first statement.</returns>
        public static IReadOnlyList<IReadOnlyList<SourceStatement>> Group(IReadOnlyList<SourceStatement> statements)
        {
            var parent = new int[statements.Count];
            var hasPage = new bool[statements.Count];
            var doi = new string?[statements.Count];
            for (var i = 0; i < statements.Count; i++)
            {
                parent[i] = i;
                hasPage[i] = statements[i].Format == SourceFormat.Page;
                doi[i] = DoiOf(statements[i].Publication);
            }

            int Find(int i)
            {
                while (parent[i] != i)
                {
                    parent[i] = parent[parent[i]];
                    i = parent[i];
                }

                return i;
            }

            void Union(int a, int b)
            {
                var (ra, rb) = (Find(a), Find(b));
                // Two DOIs that differ are two papers, whatever their titles or keys say.
                if (ra == rb || (hasPage[ra] && hasPage[rb]) || (doi[ra] is not null && doi[rb] is not null && doi[ra] != doi[rb]))
                {
                    return;
                }

                // The earlier statement stays the root, so a group is named by its first source.
                var (root, child) = ra < rb ? (ra, rb) : (rb, ra);
                parent[child] = root;
                hasPage[root] |= hasPage[child];
                doi[root] ??= doi[child];
            }

            foreach (var identity in new Func<SourcePublication, string?>[] { DoiOf, TitleAndYearOf, KeyOf })
            {
                var first = new Dictionary<string, int>(StringComparer.Ordinal);
                for (var i = 0; i < statements.Count; i++)
                {
                    if (identity(statements[i].Publication) is not { Length: > 0 } value)
                    {
                        continue;
                    }

                    if (first.TryGetValue(value, out var earlier))
                    {
                        Union(earlier, i);
                    }
                    else
                    {
                        first.Add(value, i);
                    }
                }
            }

            var groups = new Dictionary<int, List<SourceStatement>>();
            var order = new List<int>();
            for (var i = 0; i < statements.Count; i++)
            {
                var root = Find(i);
                if (!groups.TryGetValue(root, out var group))
                {
                    group = new List<SourceStatement>();
                    groups.Add(root, group);
                    order.Add(root);
                }

                group.Add(statements[i]);
            }

            var result = new List<IReadOnlyList<SourceStatement>>();
            foreach (var root in order)
            {
                result.Add(groups[root]);
            }

            return result;
        }

        /// <summary>The DOI as DOIs compare: case-insensitively (the DOI Handbook, 2.4).</summary>
        public static string? DoiOf(SourcePublication publication) => publication.Doi?.Trim().ToLowerInvariant();

        private static string? TitleAndYearOf(SourcePublication publication) =>
            publication.Title is { Length: > 0 } title && publication.Year is { } year && ComparableText.Normalize(title) is { Length: > 0 } normalized
                ? normalized + "|" + Invariant.Number(year)
                : null;

        private static string? KeyOf(SourcePublication publication) => publication.ExplicitKey;
    }
}
