using System.Collections.Generic;

namespace ResearchContent.Generators.Sources.Page.Entries
{
    /// <summary>
    /// Splits text whose lines are in different scripts into its English and Chinese parts: pages put an abstract
    /// and its translation on consecutive lines with no blank line between them, and a caption's two languages in one
    /// run of text. A split needs a line that is clearly in the other script, so a Chinese line quoting Latin terms,
    /// or a short line of numbers, never splits a paragraph.
    /// </summary>
    internal static class ScriptRuns
    {
        /// <param name="lines">The text's lines, tags stripped and entities decoded, not yet collapsed.</param>
        /// <returns>The runs of consecutive lines, each collapsed as a browser shows it; empty runs are left out.</returns>
        public static List<string> Split(IReadOnlyList<string> lines)
        {
            var runs = new List<string>();
            var current = new List<string>();
            bool? currentIsChinese = null;
            foreach (var line in lines)
            {
                var script = ClearScript(line);
                if (script is { } isChinese && currentIsChinese is { } runIsChinese && isChinese != runIsChinese)
                {
                    Add(runs, current);
                    current.Clear();
                }

                current.Add(line);
                currentIsChinese = script ?? currentIsChinese;
            }

            Add(runs, current);
            return runs;
        }

        /// <summary>Whether the line is clearly Chinese (<see langword="true"/>) or clearly English (<see langword="false"/>); else <see langword="null"/>.</summary>
        private static bool? ClearScript(string line)
        {
            var (han, latin) = Script.Count(line);
            if (han >= 8 && han * 2 >= latin)
            {
                return true;
            }

            // Twenty letters is a phrase ("Selected as an Editor's Highlight"), more than a line of terms or numbers.
            return han == 0 && latin >= 20 ? false : null;
        }

        private static void Add(List<string> runs, List<string> lines)
        {
            var text = PlainText.TrimEdgeSpace(PlainText.Collapse(string.Join("\n", lines)));
            if (text.Length > 0)
            {
                runs.Add(text);
            }
        }
    }
}
