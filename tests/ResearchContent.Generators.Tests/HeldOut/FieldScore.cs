using System;
using System.Collections.Generic;
using System.Linq;

namespace ResearchContent.Generators.Tests.HeldOut
{
    /// <summary>Counts right values per field of a held-out set, and reports counts only: never the values themselves.</summary>
    internal sealed class FieldScore
    {
        private readonly SortedDictionary<string, (int Right, int Total)> _fields = new(StringComparer.Ordinal);

        public int Right => _fields.Values.Sum(score => score.Right);

        public int Total => _fields.Values.Sum(score => score.Total);

        public void Add(string field, string? expected, string? actual)
        {
            // Figures are numbered per entry ("figure1.captionZh"); they are scored as one field.
            var name = field.StartsWith("figure", StringComparison.Ordinal) && field.Contains('.') ? "figure." + field[(field.IndexOf('.') + 1)..] : field;
            _fields.TryGetValue(name, out var score);
            _fields[name] = (score.Right + (expected == actual ? 1 : 0), score.Total + 1);
        }

        public string Report() =>
            $"{Right}/{Total} fields right ({100.0 * Right / Math.Max(1, Total):F1}%)\n"
            + string.Join("\n", _fields.Select(pair => $"  {pair.Key}: {pair.Value.Right}/{pair.Value.Total}"));
    }
}
