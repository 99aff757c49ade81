using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Sources.Citations;

namespace ResearchContent.Generators.Tests.Citations
{
    /// <summary>Counts, per field, how many corpus citations the parser got exactly right.</summary>
    internal sealed class FieldAccuracy
    {
        private readonly List<string> _fields = new();
        private readonly Dictionary<string, int> _right = new();
        private readonly Dictionary<string, int> _total = new();

        public int Citations { get; private set; }

        public int PerfectCitations { get; private set; }

        public int RightFields => _right.Values.Sum();

        public int TotalFields => _total.Values.Sum();

        public List<string> Mismatches { get; } = new();

        public static FieldAccuracy Measure(IEnumerable<CorpusEntry> entries)
        {
            var accuracy = new FieldAccuracy();
            foreach (var entry in entries)
            {
                accuracy.Add(entry, CitationParser.Parse(entry.Text));
            }

            return accuracy;
        }

        public string Report(string heading)
        {
            var report = new StringBuilder();
            report.AppendLine(CultureInfo.InvariantCulture, $"{heading}: {Citations} citations, {PerfectCitations} with every field right.");
            foreach (var field in _fields)
            {
                var right = _right.GetValueOrDefault(field);
                report.AppendLine(CultureInfo.InvariantCulture, $"  {field,-14} {right,3}/{_total[field],3}  {Percent(right, _total[field])}");
            }

            report.AppendLine(CultureInfo.InvariantCulture, $"  {"overall",-14} {RightFields,3}/{TotalFields,3}  {Percent(RightFields, TotalFields)}");
            return report.ToString();
        }

        private void Add(CorpusEntry entry, ParsedCitation parsed)
        {
            Citations++;
            var allRight = true;
            foreach (var (field, expected, actual) in entry.Compare(parsed))
            {
                if (!_total.ContainsKey(field))
                {
                    _fields.Add(field);
                }

                _total[field] = _total.GetValueOrDefault(field) + 1;
                if (expected == actual)
                {
                    _right[field] = _right.GetValueOrDefault(field) + 1;
                }
                else
                {
                    allRight = false;
                    Mismatches.Add($"[{entry.Set}/{entry.Style}] {field}: expected <{expected}> got <{actual}> in: {entry.Text}");
                }
            }

            PerfectCitations += allRight ? 1 : 0;
        }

        private static string Percent(int right, int total) =>
            (100.0 * right / total).ToString("0.0", CultureInfo.InvariantCulture) + "%";
    }
}
