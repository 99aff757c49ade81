using System.Linq;
using ResearchContent.Fuzz.Checking;
using ResearchContent.Fuzz.Inputs;
using Xunit;

namespace ResearchContent.Fuzz.Tests
{
    /// <summary>
    /// The fuzzer's own entry counters, which invariant 3 trusts: each case is one the long runs found the counter,
    /// not the generator, to get wrong.
    /// </summary>
    public sealed class EntryCensusTests
    {
        [Theory]
        [InlineData("@article{a, title = {T}}\n@book{b, title = {U}}\n", new[] { 0, 1 })]
        [InlineData("@t{,t}@\n@comment{\n@t{}}", new[] { 0 })]
        [InlineData("@comment{\n@article{hidden, title = {T}}\n}\n@article{shown, title = {U}}\n", new[] { 3 })]
        [InlineData("@string{j = {J}}\n@preamble{\"x\"}\n@article{a, journal = j}\n", new[] { 2 })]
        [InlineData("@string{j=\"}@\uD83D{}\"}", new int[0])]
        [InlineData("@article{a, title = \"x}@book{b,}\"}\n  @book{c, title = {U}}\n", new[] { 0, 1 })]
        public void BibTeX_entries_are_counted_where_the_parser_reads_them(string text, int[] lines)
        {
            Assert.Equal(lines, EntryCensus.Of("papers.bib", text).Select(region => region.StartLine));
        }

        [Theory]
        [InlineData("---\ntitle: P\n---\nOur papers.\n---\n## 2021\n---\n<b>2021-#1</b>\nx\n---\n**Letters**\n---\n**2020-#2**\ny\n----------\n", new[] { 7, 12 })]
        [InlineData("---\ntitle: P\n---\n<b>2021-#1</b>\nx\n---\nsee 2021-#1 above\n", new[] { 3 })]
        [InlineData("<b>\uFF12\uFF10\uFF12\uFF11-#", new int[0])] // Seed 20240601, input 6813: full-width digits make no label.
        [InlineData("<b>2021-#1r SAR interfer", new int[0])] // Input 7094: a long line after a year is text, not a label written wrong.
        [InlineData("<>2021", new int[0])] // Input 2139: "<>" is text, not a tag, and a year alone no label.
        [InlineData("<!-- <b>2021-#1</b> -->", new int[0])]
        [InlineData("}\n<!--b>2025-#6</>", new int[0])] // Seed 20240601, input 13494: a comment left open hides the label.
        [InlineData("<!--\n<b>2021-#1</b>\nx\n-->", new int[0])] // An entry commented out over several lines.
        public void Page_text_between_separator_lines_owes_no_publication(string text, int[] lines)
        {
            // Headings alone and the introduction alone are page text: only runs with a label line are entries.
            Assert.Equal(lines, EntryCensus.Of("content/publications.md", text).Select(region => region.StartLine));
        }

        [Fact]
        public void An_entry_left_out_for_a_key_the_front_matter_gives_it_has_its_error_there()
        {
            // Seed 11, input 39177: the page's "keys:" gives 2021-#2 an empty key; the error stands on that line.
            var input = new FuzzInput(InputKind.Generated, "seed 11, input 39177", new[]
            {
                FuzzFile.FromText("content/publications.md", "---\nkeys:\n 2021-#2:\n---\n<b>2021-#2<b>\n<b>K<a href=\"http:\" t=\"\">"),
            });

            Assert.Null(new InvariantChecker(System.TimeSpan.FromSeconds(30)).Check(input, compileAnyway: true, shuffleSeed: 1));
        }
    }
}
