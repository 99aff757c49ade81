using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ResearchContent.Fuzz.Inputs
{
    /// <summary>
    /// The mutation fuzzer's seeds: the reference page, the corpus pages, collection and BibTeX files, copied next to
    /// the fuzzer (Seeds/) by its project file. Each keeps a path of its kind, so the generator reads it as such.
    /// </summary>
    internal sealed class SeedCorpus
    {
        private SeedCorpus(IReadOnlyList<FuzzFile> files) => Files = files;

        public IReadOnlyList<FuzzFile> Files { get; }

        public static SeedCorpus Load()
        {
            var root = Path.Combine(AppContext.BaseDirectory, "Seeds");
            var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
                .Where(relative => !relative.Contains("expected", StringComparison.Ordinal))
                .OrderBy(relative => relative, StringComparer.Ordinal)
                .Select(relative => FuzzFile.FromBytes(ProjectPath(relative), File.ReadAllBytes(Path.Combine(root, relative))))
                .ToArray();
            if (files.Length == 0)
            {
                throw new InvalidOperationException("No seed files under " + root);
            }

            return new SeedCorpus(files);
        }

        /// <summary>Where a seed sits in the fuzzed project: collection files keep their <c>_publications</c> folder.</summary>
        private static string ProjectPath(string relative) =>
            relative.StartsWith("Collection/", StringComparison.Ordinal) ? relative.Substring("Collection/".Length) : relative;
    }
}
