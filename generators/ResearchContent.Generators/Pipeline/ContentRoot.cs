using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ResearchContent.Generators.Pipeline
{
    /// <summary>
    /// The folder that content paths are relative to: the MSBuild property <c>ResearchContentRoot</c> when the
    /// project sets it (and makes it compiler-visible), else the project folder. Relative paths keep the
    /// generated code the same on every machine.
    /// </summary>
    internal static class ContentRoot
    {
        public static string From(AnalyzerConfigOptions options)
        {
            if (options.TryGetValue("build_property.ResearchContentRoot", out var root) && !string.IsNullOrWhiteSpace(root))
            {
                return Normalize(root);
            }

            return options.TryGetValue("build_property.ProjectDir", out var projectDir) ? Normalize(projectDir) : string.Empty;
        }

        public static string Normalize(string path) => path.Replace('\\', '/');

        /// <summary>The path of <paramref name="file"/> relative to <paramref name="root"/>, with '/' separators.</summary>
        public static string Relative(string file, string root)
        {
            var fileParts = Split(Normalize(file));
            if (root.Length == 0)
            {
                return fileParts.Count == 0 ? file : fileParts[fileParts.Count - 1];
            }

            var rootParts = Split(root);
            var common = 0;
            while (common < rootParts.Count && common < fileParts.Count - 1
                && string.Equals(rootParts[common], fileParts[common], StringComparison.Ordinal))
            {
                common++;
            }

            if (common == 0)
            {
                return fileParts[fileParts.Count - 1];
            }

            var parts = new List<string>();
            for (var i = common; i < rootParts.Count; i++)
            {
                parts.Add("..");
            }

            for (var i = common; i < fileParts.Count; i++)
            {
                parts.Add(fileParts[i]);
            }

            return string.Join("/", parts);
        }

        private static List<string> Split(string path)
        {
            var parts = new List<string>();
            foreach (var part in path.Split('/'))
            {
                if (part.Length == 0 || part == ".")
                {
                    continue;
                }

                if (part == ".." && parts.Count > 0 && parts[parts.Count - 1] != "..")
                {
                    parts.RemoveAt(parts.Count - 1);
                    continue;
                }

                parts.Add(part);
            }

            return parts;
        }
    }
}
