using System;
using System.Collections.Generic;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Sources.BibTeX
{
    /// <summary>
    /// An <c>author</c> or <c>editor</c> value, split as BibTeX splits it: at the word <c>and</c> (in any case)
    /// between white space, outside braces, so that <c>{Barnes and Noble}</c> is one name; a final <c>and others</c>
    /// means the list is not complete.
    /// </summary>
    internal static class BibTeXNameList
    {
        /// <summary>The names of a list, and whether it ended in <c>and others</c>.</summary>
        /// <param name="raw">The field's value with its LaTeX, as <see cref="BibTeXValue.Text"/> holds it.</param>
        public static (EquatableArray<ParsedAuthor> Authors, bool Truncated) Parse(string raw)
        {
            var names = Split(raw);
            var truncated = names.Count > 0 && names[names.Count - 1] == "others";
            if (truncated)
            {
                names.RemoveAt(names.Count - 1);
            }

            var authors = new List<ParsedAuthor>(names.Count);
            foreach (var name in names)
            {
                var author = BibTeXName.Parse(name);
                if (author is not null)
                {
                    authors.Add(author);
                }
            }

            return (authors.ToEquatableArray(), truncated);
        }

        /// <summary>The names of the list, each trimmed; empty names (<c>A and and B</c>) are dropped.</summary>
        public static List<string> Split(string raw)
        {
            var names = new List<string>();
            var depth = 0;
            var start = 0;
            for (var i = 0; i < raw.Length; i++)
            {
                var c = raw[i];
                if (c == '{')
                {
                    depth++;
                }
                else if (c == '}')
                {
                    depth = Math.Max(0, depth - 1);
                }
                else if (depth == 0 && IsAndAt(raw, i))
                {
                    Add(names, raw.Substring(start, i - start));
                    start = i + 3;
                    i += 2;
                }
            }

            Add(names, raw.Substring(start));
            return names;
        }

        // 'and' between white space; one left at either end of the list (an edit that removed a name) separates nothing.
        private static bool IsAndAt(string raw, int i) =>
            i + 3 <= raw.Length
            && (i == 0 || BibTeXCursor.IsWhiteSpace(raw[i - 1]))
            && (i + 3 == raw.Length || BibTeXCursor.IsWhiteSpace(raw[i + 3]))
            && string.Compare(raw, i, "and", 0, 3, StringComparison.OrdinalIgnoreCase) == 0;

        private static void Add(List<string> names, string name)
        {
            name = name.Trim();
            if (name.Length > 0)
            {
                names.Add(name);
            }
        }
    }
}
