using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ResearchContent.Generators.Tests.Infrastructure;
using Xunit;

namespace ResearchContent.Generators.Tests.Reliability
{
    /// <summary>
    /// Bidirectional controls and invisible characters (the "Trojan Source" class, CVE-2021-42574) in content are
    /// warned of where they stand, kept in the catalog exactly, never reach an identifier, and are escaped in the
    /// generated XML documentation.
    /// </summary>
    public sealed class MisleadingCharacterTests
    {
        private const string Rlo = "\u202E";

        [Fact]
        public void A_right_to_left_override_in_a_title_is_a_warning_at_its_line_and_column()
        {
            var page = SamplePage.Of(SamplePage.Zhang.Replace("<b>Selective Kernel Res-Attention", "<b>Selective Kernel " + Rlo + "Res-Attention", System.StringComparison.Ordinal), SamplePage.Xu);

            var run = SamplePage.Run(page);

            var warning = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "RC2011");
            Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
            AssertAt(page, page.IndexOf(Rlo, System.StringComparison.Ordinal), 1, warning);
            Assert.StartsWith("The title holds U+202E RIGHT-TO-LEFT OVERRIDE, which no one sees", warning.GetMessage());
            Assert.Contains("'&#x202E;'", warning.GetMessage());
            Assert.False(run.Fails);
            Assert.Contains(Rlo, run.Catalog().Publications.Single(p => p.Label == "2021-#3").Title.En);
        }

        [Fact]
        public void Invisible_characters_are_warned_of_in_the_citation_and_in_the_abstract_one_warning_per_run()
        {
            var zhang = SamplePage.Zhang
                .Replace("IEEE J. Sel.", "IEEE\u200B J. Sel.", System.StringComparison.Ordinal)
                .Replace("remote sensing tool", "remote\u2066\u2069\u200F sensing tool", System.StringComparison.Ordinal);
            var page = SamplePage.Of(zhang);

            var warnings = SamplePage.Run(page).GeneratorDiagnostics.Where(d => d.Id == "RC2011").ToArray();

            Assert.Equal(2, warnings.Length);
            Assert.StartsWith("The citation holds U+200B ZERO WIDTH SPACE", warnings[0].GetMessage());
            AssertAt(page, page.IndexOf('\u200B'), 1, warnings[0]);
            Assert.StartsWith("The entry holds U+2066 LEFT-TO-RIGHT ISOLATE", warnings[1].GetMessage());
            AssertAt(page, page.IndexOf('\u2066'), 3, warnings[1]);
        }

        [Fact]
        public void A_citation_wrapped_over_lines_is_named_on_its_later_lines()
        {
            // Pages wrap a long citation inside its <a> element; the part is the citation on every line of it.
            var zhang = SamplePage.Zhang.Replace(" IEEE J. Sel.", "\nIEEE\u200B J. Sel.", System.StringComparison.Ordinal);
            var page = SamplePage.Of(zhang);

            var warning = Assert.Single(SamplePage.Run(page).GeneratorDiagnostics, d => d.Id == "RC2011");

            Assert.StartsWith("The citation holds U+200B ZERO WIDTH SPACE", warning.GetMessage());
            AssertAt(page, page.IndexOf('\u200B'), 1, warning);
        }

        [Theory]
        [InlineData("An emoji sequence 👩\u200D🔬 and a flag 🏴\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F in the abstract.")]
        [InlineData("A Persian word می\u200Cخواهم keeps its non-joiner.")]
        [InlineData("Chinese and English: 合成孔径雷达 (InSAR), “quotes” and a no-break\u00A0space.")]
        public void Joiners_that_belong_to_the_writing_are_not_warned_of(string abstractText)
        {
            var page = SamplePage.Of(SamplePage.Zhang.Replace(
                "Synthetic aperture radar interferometry (InSAR) is a remote sensing tool that can accurately map terrain and surface deformation with high resolution.",
                abstractText,
                System.StringComparison.Ordinal));

            Assert.DoesNotContain(SamplePage.Run(page).GeneratorDiagnostics, d => d.Id == "RC2011");
        }

        [Fact]
        public void Hidden_tag_characters_are_warned_of()
        {
            var page = SamplePage.Of(SamplePage.Zhang.Replace("with high resolution.", "with high resolution.\U000E0069\U000E0067\U000E006E", System.StringComparison.Ordinal));

            var warning = Assert.Single(SamplePage.Run(page).GeneratorDiagnostics, d => d.Id == "RC2011");

            Assert.Contains("U+E0069 TAG CHARACTER", warning.GetMessage());
            AssertAt(page, page.IndexOf('\uDB40'), 6, warning);
        }

        [Fact]
        public void A_page_of_thousands_reports_its_first_twenty()
        {
            var page = SamplePage.Of(SamplePage.Zhang.Replace("with high resolution.", string.Concat(Enumerable.Repeat("x\u200B", 5000)), System.StringComparison.Ordinal));

            Assert.Equal(20, SamplePage.Run(page).GeneratorDiagnostics.Count(d => d.Id == "RC2011"));
        }

        [Fact]
        public void In_a_collection_file_and_a_BibTeX_file_the_warning_names_the_field()
        {
            var collection = "---\ntitle: \"Slip " + Rlo + "on the fault\"\ncollection: publications\ndate: 2021-05-01\nvenue: 'GRL'\n---\n";
            var bibtex = "\uFEFF@article{wang2020space,\n  title = {Space imaging \u2067geodesy},\n  author = {Wang, Teng},\n  journal = {GRL},\n  year = {2020}\n}\n";

            var run = GeneratorHarness.ForFiles(("_publications/2021-05-01-slip.md", collection), ("_bibliography/papers.bib", bibtex)).Run();

            var warnings = run.GeneratorDiagnostics.Where(d => d.Id == "RC2011").OrderByDescending(d => d.Location.GetLineSpan().Path, System.StringComparer.Ordinal).ToArray();
            Assert.Equal(2, warnings.Length);
            Assert.StartsWith("The 'title' field holds U+202E", warnings[0].GetMessage());
            AssertAt(collection, collection.IndexOf(Rlo, System.StringComparison.Ordinal), 1, warnings[0]);
            Assert.StartsWith("The 'title' field holds U+2067 RIGHT-TO-LEFT ISOLATE", warnings[1].GetMessage());
            AssertAt(bibtex, bibtex.IndexOf('\u2067'), 1, warnings[1]);
        }

        [Fact]
        public void Generated_documentation_shows_them_as_character_references_and_identifiers_never_hold_them()
        {
            var page = SamplePage.Of(SamplePage.Zhang.Replace("<b>Selective Kernel", "<b>Selective\u200B Kernel" + Rlo, System.StringComparison.Ordinal));

            var run = SamplePage.Run(page);

            var documentation = run.Files.SelectMany(f => f.Text.Split('\n')).Where(line => line.TrimStart().StartsWith("///", System.StringComparison.Ordinal)).ToArray();
            Assert.DoesNotContain(documentation, line => line.Contains(Rlo, System.StringComparison.Ordinal) || line.Contains('\u200B', System.StringComparison.Ordinal));
            Assert.Contains(documentation, line => line.Contains("Selective&#x200B; Kernel&#x202E;", System.StringComparison.Ordinal));
            Assert.DoesNotContain(run.Files, f => f.Text.Contains(Rlo, System.StringComparison.Ordinal));
            Assert.True(run.Catalog().HasProperty("Zhang2021Selective"));
            Assert.Empty(run.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        }

        [Fact]
        public void After_a_leading_byte_order_mark_character_a_first_line_diagnostic_stands_where_its_text_does()
        {
            var collection = "\uFEFF---\ntitle: \"Slip\"\ncollection: publications\n";
            var bibtex = "\uFEFF@article{wang\u202E,\n  title = {Space},\n  year = {2020}\n}\n";

            var run = GeneratorHarness.ForFiles(("_publications/2021-05-01-slip.md", collection), ("_bibliography/papers.bib", bibtex)).Run();

            var unclosed = Assert.Single(run.GeneratorDiagnostics, d => d.Location.GetLineSpan().Path.EndsWith(".md", System.StringComparison.Ordinal));
            AssertAt(collection, 1, 3, unclosed);
            AssertAt(bibtex, bibtex.IndexOf('\u202E'), 1, Assert.Single(run.GeneratorDiagnostics, d => d.Id == "RC2011"));
        }

        /// <summary>The diagnostic stands at the offset, as the compiler counts lines and columns, and covers the run.</summary>
        private static void AssertAt(string text, int offset, int length, Diagnostic diagnostic)
        {
            Assert.Equal(new TextSpan(offset, length), diagnostic.Location.SourceSpan);
            Assert.Equal(SourceText.From(text).Lines.GetLinePositionSpan(new TextSpan(offset, length)), diagnostic.Location.GetLineSpan().Span);
        }
    }
}
