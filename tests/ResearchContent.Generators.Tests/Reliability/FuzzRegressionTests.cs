using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ResearchContent.Generators.Tests.Infrastructure;
using Xunit;

namespace ResearchContent.Generators.Tests.Reliability
{
    /// <summary>
    /// Each input the fuzzer (tests/ResearchContent.Fuzz, docs/reliability.md) found breaking an invariant, minimized,
    /// with the invariant it broke. The fix is named in the commit that added the test.
    /// </summary>
    public sealed class FuzzRegressionTests
    {
        private const string Entry = "<b>2021-#1</b>\n<div style=\"text-align: center;\">\n<b>A title</b>\n<br><a href=\"https://doi.org/10.1000/x1\">Xu, A. (2021), A title, J. Geophys. Res., 9, 1-10.</a>\n</div>\nAn abstract.\n";

        [Fact]
        public void Page_front_matter_of_100000_brackets_is_an_error_not_a_stack_overflow()
        {
            var run = RunPage("---\ntitle: " + new string('[', 100_000) + "\n---\n" + Entry);

            var error = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "RC0001");
            Assert.Contains("nested more than 256 deep", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Single(run.Catalog().Publications);
        }

        [Fact]
        public void Page_front_matter_of_100000_nested_block_lists_is_an_error_not_a_stack_overflow()
        {
            var run = RunPage("---\n" + string.Concat(Enumerable.Repeat("- ", 100_000)) + "x\n---\n" + Entry);

            Assert.Single(run.GeneratorDiagnostics, d => d.Id == "RC0001");
            Assert.Single(run.Catalog().Publications);
        }

        [Fact]
        public void Ten_thousand_nested_markdown_divs_are_no_generator_failure()
        {
            // Markdown inside <div markdown="1"> is read again as Markdown; nesting it is bounded, not recursed without end.
            var nested = string.Concat(Enumerable.Repeat("<div markdown=\"1\">\n", 10_000)) + "Text.\n" + string.Concat(Enumerable.Repeat("</div>\n", 10_000));
            var run = RunPage(Entry + "\n" + nested);

            Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "RC0002");
        }

        [Fact]
        public void An_entry_put_away_in_a_comment_left_open_is_no_entry_and_no_error()
        {
            // Seed 20240601, input 13494 (a mutated lab-v), minimized: the comment left open hides the label, as a page
            // that comments an entry out does. The fuzzer's census had counted it as an entry; it now skips comments.
            var run = RunPage("}\n<!--b>2025-#6</>");

            Assert.Empty(run.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
            Assert.Empty(run.Catalog().Publications);
        }

        [Fact]
        public void Lone_surrogate_after_a_link_is_no_generator_failure()
        {
            RunPage("<a href=\"\">Z\n</div>\uDFFF");
        }

        [Fact]
        public void Code_fence_left_open_on_the_last_line_of_an_entry_is_no_generator_failure()
        {
            // Fuzzing #3086: a label line in a fence now splits the entry there, leaving "```" as the first entry's last
            // line; Markdig ends that block one character past the text.
            RunPage("**2024-#3**\n```\n2023-#3<b>&nbsp;");
            RunPage("<b>2021-#2</b>\n```");
        }

        [Fact]
        public void Inline_element_left_open_at_the_end_of_an_entry_is_no_generator_failure()
        {
            RunPage("<sub> ");
            RunPage("</div><i> ");
        }

        [Fact]
        public void Markdown_nested_past_Markdig_limit_is_a_content_error()
        {
            var run = RunPage(Entry + "\n" + string.Concat(Enumerable.Repeat("> ", 200_000)) + "deep\n");

            Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "RC1012");
        }

        [Fact]
        public void Unicode_paragraph_separator_ends_a_line_as_the_compiler_counts_lines()
        {
            RunPage("\u2029<");
            RunPage(Entry.Replace("\n", "\u2028", System.StringComparison.Ordinal) + "\u2029---\u2029<b>x</b>\u0085");
        }

        [Fact]
        public void Full_width_digits_in_a_citation_are_read_as_the_year_they_spell()
        {
            // \d matches any script's digits, and int.Parse rejects them: the citation parser's catch-all had hidden it.
            var run = RunPage(Entry.Replace("Xu, A. (2021)", "Xu, A. (２０２１)", System.StringComparison.Ordinal));

            Assert.Equal(2021, Assert.Single(run.Catalog().Publications).Citation.Year);
            Assert.Equal(2021, Primitives.DecimalNumber.Parse("２０２１"));
            Assert.Equal(int.MaxValue, Primitives.DecimalNumber.Parse("99999999999999999999"));
        }

        [Theory]
        [InlineData("@\n@a(", "RC1103@2 RC1101@2", 0)]
        [InlineData("@t{,t}@\n@comment{\n@t{}}", "RC1103@1 RC1105@1", 0)]
        [InlineData("@t{}", "RC1103@1", 0)]
        [InlineData("@a{r,t={{}}#\n@l{", "RC1105@1 RC1103@2 RC1101@2", 0)]
        [InlineData("@%\n@e{", "RC1103@2 RC1101@2", 0)]
        [InlineData("x@y.com\n@@article{k, title = {T}, year = 2020}", "", 1)]
        public void Stray_at_signs_and_dangling_concatenations_leave_every_entry_read_or_reported(string bib, string diagnostics, int publications)
        {
            // btparse's names leave '@' out. Read as one, "@\n@a(" was an entry of the type "@a" that vanished without an
            // error, and "@\n@comment{" an entry, where the comment hides what it holds.
            var run = RunFiles(("_bibliography/papers.bib", bib));

            Assert.Equal(diagnostics, string.Join(" ", run.GeneratorDiagnostics.Select(d => d.Id + "@" + (d.Location.GetLineSpan().StartLinePosition.Line + 1))));
            Assert.Equal(publications, run.Catalog().Publications.Count);
        }

        [Fact]
        public void Front_matter_YamlDotNet_cannot_represent_is_a_content_error()
        {
            // A scalar followed by an alias is "an event of an unsupported type": an ArgumentException, not a YamlException.
            var run = RunFiles(("_pages/2019-04-01-misplaced-paper.md", "---\n: ''*a\n---"));

            Assert.Equal("RC0001", Assert.Single(run.GeneratorDiagnostics).Id);
        }

        [Fact]
        public void A_YAML_error_after_line_separators_is_placed_by_its_offset()
        {
            // YAML counts U+2028 as a line break and the page does not: the error's line was one the file does not have.
            var run = RunFiles(("_pages/2019-04-01-misplaced-paper.md", "---\n\u2028\u2028 \"\n---\n"));

            Assert.Equal("RC0001", Assert.Single(run.GeneratorDiagnostics).Id);
        }

        [Fact]
        public void Leading_byte_order_mark_character_keeps_offsets_and_lines_together()
        {
            RunPage("\uFEFF\n<");
            RunFiles(("_publications/2021-01-01-x.md", "\uFEFF---\ntitle: [\n---\n"));
        }

        [Fact]
        public void Billion_laughs_in_collection_front_matter_is_an_error_not_a_hang()
        {
            var yaml = new StringBuilder("lol0: &lol0 \"lol\"\n");
            for (var i = 1; i <= 9; i++)
            {
                yaml.Append($"lol{i}: &lol{i} [").Append(string.Join(", ", Enumerable.Repeat($"*lol{i - 1}", 10))).Append("]\n");
            }

            var run = RunFiles(("_publications/2021-05-01-paper.md", "---\ntitle: t\ncollection: publications\n" + yaml + "---\nBody.\n"));

            var error = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "RC1201");
            Assert.Contains("aliases expand to more than 10000 values", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Twenty_thousand_unclosed_inline_elements_are_a_content_error_read_at_once()
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var run = RunPage(Entry.Replace("A title,", string.Concat(Enumerable.Repeat("<sub> ", 20_000)) + "A title,", System.StringComparison.Ordinal));

            var error = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "RC1012");
            Assert.Contains("HTML, nested too deeply to read,", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            Assert.True(clock.Elapsed.TotalSeconds < 3, clock.Elapsed.ToString());
        }

        [Fact]
        public void Twenty_thousand_unclosed_inline_elements_in_a_collection_title_are_read_at_once()
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var run = RunFiles(("_publications/2021-05-01-paper.md", "---\ntitle: \"" + string.Concat(Enumerable.Repeat("<sub> ", 20_000)) + "A title\"\n---\n"));

            Assert.Single(run.Catalog().Publications);
            Assert.True(clock.Elapsed.TotalSeconds < 3, clock.Elapsed.ToString());
        }

        [Fact]
        public void Citation_of_240000_characters_is_left_unread_at_once()
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var citation = "Wang, X. (2017). " + string.Concat(Enumerable.Repeat("&#x110000; ", 20_000)) + ". Science, 73(3), 1–10.";
            RunPage(Entry.Replace("Xu, A. (2021), A title, J. Geophys. Res., 9, 1-10.", citation, System.StringComparison.Ordinal));
            RunFiles(("_publications/2021-05-01-paper.md", "---\ntitle: t\ncitation: '" + citation + "'\n---\n"));

            Assert.True(clock.Elapsed.TotalSeconds < 5, clock.Elapsed.ToString());
        }

        [Theory]
        [InlineData("@t{a,a=\n@p(")]
        [InlineData("@C(\n@a{")]
        public void BibTeX_entry_on_its_own_line_is_not_swallowed_by_the_entry_before(string bib)
        {
            var run = RunFiles(("_bibliography/papers.bib", bib));

            // Each entry has an error at its own lines: the first is unclosed, the second is read as an entry, not swallowed.
            Assert.Contains(run.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Location.GetLineSpan().StartLinePosition.Line == 0);
            Assert.Contains(run.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Location.GetLineSpan().StartLinePosition.Line == 1);
        }

        [Fact]
        public void Noncharacters_reach_the_data_exactly_and_the_documentation_as_a_replacement()
        {
            // Seed 7, input 26327: U+FFFF in a citation went into an XML doc comment, which XML cannot hold (CS1570).
            var run = RunFiles(("_publications/paper.md", "---\ntitle: e\uFFFE\ncitation: \uFFFF\n---\n"));

            Assert.Empty(run.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
            var publication = Assert.Single(run.Catalog().Publications);
            Assert.Equal("e\uFFFE", publication.Title.En);
            Assert.Equal("\uFFFF", publication.Citation.Text);
        }

        [Theory]
        [InlineData("<p>\uFFFE")]
        [InlineData("<b>1991\n\uFFFE")]
        [InlineData("2021-#3<b>\n<b>\uFFFE<a href=\"\">")]
        [InlineData("<div>\uFFFE<img src=/>")]
        public void Noncharacters_the_normalizer_rejects_are_no_generator_failure(string page)
        {
            // Seed 99: string.Normalize throws on U+FFFE under ICU, where keys and repeat checks fold text.
            RunPage(page);
        }

        [Fact]
        public void Noncharacters_in_a_page_title_reach_the_data_and_the_key_leaves_them_out()
        {
            var run = RunPage(Entry.Replace("<b>A title</b>", "<b>A\uFFFE title\uFDD0 \U0010FFFF</b>", System.StringComparison.Ordinal));

            var publication = Assert.Single(run.Catalog().Publications);
            Assert.Equal("A\uFFFE title\uFDD0 \U0010FFFF", publication.Title.En);
            Assert.Equal("xu2021title", publication.Key);
            Assert.Empty(run.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        }

        [Fact]
        public void An_empty_key_in_the_front_matter_says_it_is_empty_where_it_is_written()
        {
            // Seed 11, input 39177: "keys:" with "2021-#2:" and nothing after it said the key "has characters a key
            // cannot have", and the fuzzer's census looked for the entry's error in the entry's own lines only.
            var run = RunPage("---\nkeys:\n 2021-#2:\n---\n<b>2021-#2<b>\n<b>K<a href=\"http:\" t=\"\">");

            var error = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "RC1008");
            Assert.StartsWith("The key '' cannot be used: it is empty.", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(2, error.Location.GetLineSpan().StartLinePosition.Line);
        }

        [Theory]
        [InlineData("", "it is empty")]
        [InlineData("2021xu", "it starts with '2', not a letter")]
        [InlineData(" xu2021", "it starts with a space, not a letter")]
        [InlineData("wang.2021", "it holds '.', which a key cannot have")]
        [InlineData("xu 2021", "it holds a space, which a key cannot have")]
        [InlineData("xu\u200B2021", "it holds U+200B ZERO WIDTH SPACE, which a key cannot have")]
        public void A_key_that_cannot_be_used_is_told_why_by_its_first_wrong_character(string key, string problem)
        {
            Assert.False(Generators.Keys.KeyRules.IsValidKey(key));
            Assert.Equal(problem, Generators.Keys.KeyRules.ProblemOf(key));
        }

        private static GeneratorRun RunPage(string page) => RunFiles(("content/publications.md", page));

        /// <summary>Runs the generator and checks what holds for every input: no failure, every location where the compiler counts it.</summary>
        private static GeneratorRun RunFiles(params (string Path, string Text)[] files)
        {
            var run = GeneratorHarness.ForFiles(files).Run();

            Assert.Null(run.Generator.Exception);
            Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id is "RC0002" or "CS8785");
            foreach (var diagnostic in run.GeneratorDiagnostics.Where(d => d.Location.Kind == LocationKind.ExternalFile))
            {
                var lineSpan = diagnostic.Location.GetLineSpan();
                var text = SourceText.From(files.Single(f => GeneratorHarness.ProjectDir + f.Path == lineSpan.Path).Text, Encoding.UTF8);
                Assert.True(diagnostic.Location.SourceSpan.End <= text.Length, diagnostic.ToString());
                Assert.Equal(text.Lines.GetLinePositionSpan(diagnostic.Location.SourceSpan), lineSpan.Span);
            }

            return run;
        }
    }
}
