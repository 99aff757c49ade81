using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Xunit;
using Xunit.Abstractions;

namespace ResearchContent.Citations.Tests
{
    /// <summary>pandoc, a real citeproc client, reads the BibTeX and CSL-JSON exports back and renders them.</summary>
    public sealed class PandocReadsExportsTests : IDisposable
    {
        private static readonly Dictionary<PublicationKind, string> CslTypes = new()
        {
            [PublicationKind.Article] = "article-journal",
            [PublicationKind.Conference] = "paper-conference",
            [PublicationKind.Chapter] = "chapter",
            [PublicationKind.Thesis] = "thesis",
        };

        private readonly string _directory = Directory.CreateTempSubdirectory("researchcontent-citations-").FullName;
        private readonly ITestOutputHelper _output;

        public PandocReadsExportsTests(ITestOutputHelper output) => _output = output;

        public void Dispose() => Directory.Delete(_directory, recursive: true);

        [PandocFact]
        public void Pandoc_reads_the_bibtex_export_field_for_field()
        {
            File.WriteAllText(Path.Combine(_directory, "refs.bib"), Export.ToBibTeX(ReferencePublications.All));

            var items = ReadCslJson(Pandoc.Run(_directory, "-f", "bibtex", "-t", "csljson", "refs.bib"));

            // pandoc 2.17's BibTeX reader has no mapping for eid, so the article number is checked on the CSL-JSON path only.
            AssertSameWorks(items, withArticleNumbers: false);
        }

        [PandocFact]
        public void Pandoc_reads_the_csl_json_export_field_for_field()
        {
            File.WriteAllText(Path.Combine(_directory, "refs.json"), Export.ToCslJson(ReferencePublications.All));

            var items = ReadCslJson(Pandoc.Run(_directory, "-f", "csljson", "-t", "csljson", "refs.json"));

            AssertSameWorks(items, withArticleNumbers: true);
            Assert.Equal(ReferencePublications.Wang.Title.Zh, items["wang2020space"].GetProperty("original-title").GetString());
        }

        [PandocFact]
        public void Pandoc_citeproc_renders_both_exports_as_the_same_bibliography()
        {
            File.WriteAllText(Path.Combine(_directory, "refs.bib"), Export.ToBibTeX(ReferencePublications.All));
            File.WriteAllText(Path.Combine(_directory, "refs.json"), Export.ToCslJson(ReferencePublications.All));
            File.WriteAllText(Path.Combine(_directory, "cite-all.md"), "---\nnocite: '[@*]'\n---\n");

            var fromBibTeX = Pandoc.Run(_directory, "--citeproc", "-t", "plain", "--wrap=none", "--bibliography", "refs.bib", "cite-all.md");
            var fromCslJson = Pandoc.Run(_directory, "--citeproc", "-t", "plain", "--wrap=none", "--bibliography", "refs.json", "cite-all.md");
            _output.WriteLine(fromBibTeX);

            foreach (var rendered in new[] { fromBibTeX, fromCslJson })
            {
                var entries = rendered.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
                Assert.Equal(ReferencePublications.All.Count, entries.Length);
                foreach (var publication in ReferencePublications.All)
                {
                    var citation = publication.Citation;
                    var entry = Assert.Single(entries, e => Letters(e).Contains(Letters(citation.Title!), StringComparison.Ordinal));
                    foreach (var author in citation.Authors)
                    {
                        Assert.Contains(author.Family, entry, StringComparison.Ordinal);
                    }

                    Assert.Contains(citation.Container!, entry, StringComparison.Ordinal);
                    Assert.Contains(citation.Year!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), entry, StringComparison.Ordinal);
                }
            }

            Assert.Equal(fromCslJson, fromBibTeX);
        }

        [PandocFact]
        public void Pandoc_reads_a_thesis_a_chapter_and_a_conference_paper_from_both_exports_field_for_field()
        {
            var publications = OtherKinds();
            File.WriteAllText(Path.Combine(_directory, "refs.bib"), Export.ToBibTeX(publications));
            File.WriteAllText(Path.Combine(_directory, "refs.json"), Export.ToCslJson(publications));

            foreach (var (format, file) in new[] { ("bibtex", "refs.bib"), ("csljson", "refs.json") })
            {
                var items = ReadCslJson(Pandoc.Run(_directory, "-f", format, "-t", "csljson", file));
                Assert.Equal(publications.Select(p => p.Key).OrderBy(k => k, StringComparer.Ordinal), items.Keys.OrderBy(k => k, StringComparer.Ordinal));
                foreach (var publication in publications)
                {
                    var item = items[publication.Key];
                    var citation = publication.Citation;
                    var isThesis = citation.Kind == PublicationKind.Thesis;
                    Assert.Equal(CslTypes[citation.Kind], Text(item, "type"));
                    Assert.Equal(
                        citation.Authors.Select(a => (a.Family, a.Given, a.Suffix)),
                        item.GetProperty("author").EnumerateArray().Select(a => (a.GetProperty("family").GetString()!, a.GetProperty("given").GetString()!, Text(a, "suffix"))));
                    Assert.Equal(citation.Title, Text(item, "title"));
                    Assert.Equal(isThesis ? null : citation.Container, Text(item, "container-title"));
                    Assert.Equal(isThesis ? citation.Container : null, Text(item, "publisher"));
                    Assert.Equal(isThesis ? "PhD thesis" : null, Text(item, "genre"));
                    Assert.Equal(citation.Year, item.GetProperty("issued").GetProperty("date-parts")[0][0].GetInt32());
                    Assert.Equal(citation.Pages?.Replace('–', '-'), Text(item, "page"));
                    Assert.Equal(citation.Doi, Text(item, "DOI"));
                    Assert.Equal(citation.Url, Text(item, "URL"));
                    Assert.Equal(citation.Note, Text(item, "note"));
                }
            }
        }

        [PandocFact]
        public void Pandoc_citeproc_renders_a_thesis_a_chapter_and_a_conference_paper_the_same_from_both_exports()
        {
            var publications = OtherKinds();
            File.WriteAllText(Path.Combine(_directory, "refs.bib"), Export.ToBibTeX(publications));
            File.WriteAllText(Path.Combine(_directory, "refs.json"), Export.ToCslJson(publications));
            File.WriteAllText(Path.Combine(_directory, "cite-all.md"), "---\nnocite: '[@*]'\n---\n");

            var fromBibTeX = Pandoc.Run(_directory, "--citeproc", "-t", "plain", "--wrap=none", "--bibliography", "refs.bib", "cite-all.md");
            var fromCslJson = Pandoc.Run(_directory, "--citeproc", "-t", "plain", "--wrap=none", "--bibliography", "refs.json", "cite-all.md");
            _output.WriteLine(fromBibTeX);

            var entries = fromBibTeX.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(publications.Count, entries.Length);
            foreach (var publication in publications)
            {
                var citation = publication.Citation;
                var entry = Assert.Single(entries, e => Letters(e).Contains(Letters(citation.Title!), StringComparison.Ordinal));

                // The university and the proceedings or book are printed whole: "and" in a school is no name separator.
                Assert.Contains(citation.Container!, entry, StringComparison.Ordinal);
                Assert.Contains(citation.Authors[0].Family + ", " + citation.Authors[0].Given + (citation.Authors[0].Suffix is { } suffix ? ", " + suffix : string.Empty), entry, StringComparison.Ordinal);
            }

            Assert.Contains("PhD thesis, Southern University of Science and Technology", fromBibTeX, StringComparison.Ordinal);
            Assert.Equal(fromCslJson, fromBibTeX);
        }

        private static IReadOnlyList<Publication> OtherKinds() => new[]
        {
            OtherKindPublications.Thesis, OtherKindPublications.Chapter, OtherKindPublications.Conference, OtherKindPublications.SuffixAndNote,
        };

        private static Dictionary<string, JsonElement> ReadCslJson(string json)
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.EnumerateArray().ToDictionary(item => item.GetProperty("id").GetString()!, item => item.Clone());
        }

        private static void AssertSameWorks(Dictionary<string, JsonElement> items, bool withArticleNumbers)
        {
            Assert.Equal(ReferencePublications.All.Select(p => p.Key).OrderBy(k => k, StringComparer.Ordinal), items.Keys.OrderBy(k => k, StringComparer.Ordinal));
            foreach (var publication in ReferencePublications.All)
            {
                var item = items[publication.Key];
                var citation = publication.Citation;
                Assert.Equal("article-journal", item.GetProperty("type").GetString());
                Assert.Equal(
                    citation.Authors.Select(a => (a.Family, a.Given)),
                    item.GetProperty("author").EnumerateArray().Select(a => (a.GetProperty("family").GetString()!, a.GetProperty("given").GetString()!)));
                Assert.Equal(citation.Title, Text(item, "title"));
                Assert.Equal(citation.Container, Text(item, "container-title"));
                Assert.Equal(citation.Year, item.GetProperty("issued").GetProperty("date-parts")[0][0].GetInt32());
                Assert.Equal(citation.Volume, Text(item, "volume"));
                Assert.Equal(citation.Issue, Text(item, "issue"));
                Assert.Equal(citation.Pages?.Replace('–', '-'), Text(item, "page"));
                Assert.Equal(citation.Doi, Text(item, "DOI"));
                Assert.Equal(citation.Url, Text(item, "URL"));
                if (withArticleNumbers)
                {
                    Assert.Equal(citation.ArticleNumber, Text(item, "number"));
                }
            }
        }

        private static string? Text(JsonElement item, string name) =>
            item.TryGetProperty(name, out var value) ? value.ValueKind == JsonValueKind.Number ? value.GetRawText() : value.GetString() : null;

        // Styles change a title's case and typography; its letters and digits are what identify it.
        private static string Letters(string text)
        {
            var builder = new StringBuilder();
            foreach (var c in text.Normalize(NormalizationForm.FormC))
            {
                if (char.IsLetterOrDigit(c))
                {
                    builder.Append(char.ToLowerInvariant(c));
                }
            }

            return builder.ToString();
        }
    }
}
