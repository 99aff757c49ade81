using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ResearchContent.Generators.Sources.Citations;

namespace ResearchContent.Generators.Tests.Citations
{
    /// <summary>Field accuracy of the parser over a set of the publisher corpus, overall and per export style.</summary>
    internal sealed class PublisherCorpusAccuracy
    {
        private readonly Dictionary<string, (int Right, int Total)> _byStyle = new();
        private readonly Dictionary<string, (int Right, int Total)> _byField = new();

        public int RightFields { get; private set; }

        public int TotalFields { get; private set; }

        public List<string> Mismatches { get; } = new();

        /// <param name="withPageTitle">
        /// Whether each citation is read as a page entry reads it, with the entry's title as the anchor: the title the
        /// citation prints, since the anchor ignores case and punctuation (none for a citation that prints no title).
        /// </param>
        public static PublisherCorpusAccuracy Measure(IEnumerable<PublisherCitation> citations, bool withPageTitle = false)
        {
            var accuracy = new PublisherCorpusAccuracy();
            foreach (var citation in citations)
            {
                var parsed = withPageTitle ? CitationParser.Parse(citation.Text, citation.Title) : CitationParser.Parse(citation.Text);
                foreach (var (field, expected, actual) in citation.Compare(parsed))
                {
                    var right = expected == actual;
                    accuracy.Count(accuracy._byStyle, citation.Style, right);
                    accuracy.Count(accuracy._byField, field, right);
                    accuracy.RightFields += right ? 1 : 0;
                    accuracy.TotalFields++;
                    if (!right)
                    {
                        accuracy.Mismatches.Add($"[{citation.Style}] {field}: expected <{expected}> got <{actual}> in: {citation.Text}");
                    }
                }
            }

            return accuracy;
        }

        public double Overall => (double)RightFields / TotalFields;

        /// <summary>The lowest accuracy of any style.</summary>
        public double WorstStyle => _byStyle.Values.Min(v => (double)v.Right / v.Total);

        public string Report(string heading)
        {
            var report = new StringBuilder();
            report.AppendLine(CultureInfo.InvariantCulture, $"{heading}: {RightFields}/{TotalFields} fields right, {Percent(RightFields, TotalFields)}");
            report.AppendLine("| style | fields right | accuracy |");
            report.AppendLine("| --- | --- | --- |");
            foreach (var (style, (right, total)) in _byStyle.OrderBy(p => p.Key, System.StringComparer.Ordinal))
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"| {style} | {right}/{total} | {Percent(right, total)} |");
            }

            report.AppendLine("| field | fields right | accuracy |");
            report.AppendLine("| --- | --- | --- |");
            foreach (var (field, (right, total)) in _byField)
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"| {field} | {right}/{total} | {Percent(right, total)} |");
            }

            return report.ToString();
        }

        private void Count(Dictionary<string, (int Right, int Total)> counts, string key, bool right)
        {
            var (r, t) = counts.GetValueOrDefault(key);
            counts[key] = (r + (right ? 1 : 0), t + 1);
        }

        private static string Percent(int right, int total) =>
            (100.0 * right / total).ToString("0.0", CultureInfo.InvariantCulture) + "%";
    }
}
