using System;
using System.Linq;
using System.Text;
using ResearchContent.Fuzz.Running;

namespace ResearchContent.Fuzz.Checking
{
    /// <summary>
    /// Invariant 5: a second run, over the same files in another order, generates byte-identical files and the same
    /// diagnostics (compared as a set: the compiler sorts them by location for its output).
    /// </summary>
    internal static class DeterminismCheck
    {
        public static Violation? Check(GeneratorOutcome first, GeneratorOutcome second)
        {
            var (a, b) = (Fingerprint(first), Fingerprint(second));
            if (a == b)
            {
                return null;
            }

            var at = Enumerable.Range(0, Math.Min(a.Length, b.Length)).FirstOrDefault(i => a[i] != b[i], Math.Min(a.Length, b.Length));
            return new Violation(
                Invariant.Nondeterministic,
                $"the outputs differ at character {at}:\n  first:  {Excerpt(a, at)}\n  second: {Excerpt(b, at)}");
        }

        private static string Fingerprint(GeneratorOutcome outcome)
        {
            var text = new StringBuilder();
            foreach (var (hintName, source) in outcome.Generated)
            {
                text.Append("//// ").Append(hintName).Append('\n').Append(source);
            }

            foreach (var diagnostic in outcome.Diagnostics.Select(d => d.ToString()).OrderBy(d => d, StringComparer.Ordinal))
            {
                text.Append("//// ").Append(diagnostic).Append('\n');
            }

            return text.ToString();
        }

        private static string Excerpt(string text, int at)
        {
            var start = Math.Max(0, at - 60);
            return text.Substring(start, Math.Min(text.Length - start, 160)).Replace("\n", "\\n", StringComparison.Ordinal);
        }
    }
}
