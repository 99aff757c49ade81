using System;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using ResearchContent.Generators.Model;
using Xunit;

namespace ResearchContent.Generators.Tests.BibTeX
{
    /// <summary>
    /// Whatever a file holds, the reader returns, never throws, places every diagnostic inside the file, and takes time
    /// linear in the file's length.
    /// </summary>
    public sealed class BibTeXRobustnessTests
    {
        private static readonly string Corpus = BibTeXCorpus.TextOf(BibTeXCorpus.GroupPublications);

        [Fact]
        public void A_corpus_cut_anywhere_keeps_every_entry_before_the_cut_and_reports_at_most_one_error()
        {
            var full = BibTeXCorpus.Read(Corpus);
            var cuts = Enumerable.Range(0, 700).Select(i => (int)((long)i * Corpus.Length / 700))
                .Concat(Enumerable.Range(0, 400))
                .Distinct();

            foreach (var cut in cuts)
            {
                var file = Check(Corpus.Substring(0, cut));

                // Entries before the cut do not depend on what follows: they are the full file's first entries.
                Assert.Equal(full.Publications.Take(file.Publications.Count), file.Publications);
                Assert.True(file.Diagnostics.Count(d => d.Id.StartsWith("RC1", StringComparison.Ordinal)) <= 1, "cut at " + cut);
            }
        }

        [Fact]
        public void Braces_and_quotes_added_or_removed_anywhere_never_break_the_reader()
        {
            var random = new Random(20250314);
            for (var i = 0; i < 300; i++)
            {
                var text = new StringBuilder(Corpus);
                for (var change = 0; change < 1 + (i % 5); change++)
                {
                    var at = random.Next(text.Length);
                    if (random.Next(2) == 0)
                    {
                        text.Insert(at, "{}\"@,=#%\\"[random.Next(9)]);
                    }
                    else
                    {
                        text.Remove(at, 1);
                    }
                }

                Check(text.ToString());
            }
        }

        [Fact]
        public void Ten_thousand_nested_braces_in_values_names_and_junk()
        {
            var open = new string('{', 10_000);
            var close = new string('}', 10_000);

            var deep = Check("@article{deep, title = " + open + "\\\"o" + close + ", author = {" + open + "Wang, Teng" + close + " and " + open + close + "}, year = 2020}");
            var unclosed = Check($"@article{{deep, title = {{{open}, year = 2020}}\n@article{{next, title = {{Next}}, year = 2021}}");
            var junk = Check(open + "\n@article{k, title = {T}, year = 2020}\n" + close);
            var quoted = Check($"@article{{deep, title = \"{open}x{close}\", year = 2020}}");

            Assert.Equal("ö", Assert.Single(deep.Publications).Title);
            Assert.Equal("Wang, Teng", Assert.Single(deep.Publications).Citation!.Authors.Single().Family);
            Assert.Equal("RC1102", Assert.Single(unclosed.Diagnostics).Id);
            Assert.Equal("next", Assert.Single(unclosed.Publications).ExplicitKey);
            Assert.Equal("T", Assert.Single(junk.Publications).Title);
            Assert.Equal("x", Assert.Single(quoted.Publications).Title);
        }

        [Fact]
        public void Recursive_and_exploding_string_macros_stop()
        {
            var recursive = Check("@string{a = b}\n@string{b = a # a}\n@string{a = b # b # b}\n@article{k, title = a, year = 2020}");
            var exploding = Check("@string{m = \"xx\"}\n" + string.Concat(Enumerable.Repeat("@string{m = m # m # m # m}\n", 200)) + "@article{k, title = m, year = 2020}");

            Assert.Equal("bbbbbb", Assert.Single(recursive.Publications).Title);
            Assert.Empty(exploding.Publications);
            Assert.Equal(new[] { "RC1106", "RC1106" }, exploding.Diagnostics.Select(d => d.Id));
        }

        [Fact]
        public void Random_text_is_read_without_failure()
        {
            var random = new Random(7);
            const string Alphabet = "@{}()\"#%=,\\ \n\rabcdefghijklmnopqrstuvwxyzAND0123456789$^_~-'`中é";
            for (var i = 0; i < 50; i++)
            {
                var text = new string(Enumerable.Range(0, 5_000).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());
                Check(text);
                Check("@article{k, title = {" + text + "}, author = {" + text + "}, year = 2020}");
            }
        }

        [Theory]
        [InlineData("@")]
        [InlineData("@{")]
        [InlineData("@article")]
        [InlineData("@article{")]
        [InlineData("@article{k")]
        [InlineData("@article{k,")]
        [InlineData("@article{k, title")]
        [InlineData("@article{k, title =")]
        [InlineData("@article{k, title = {")]
        [InlineData("@article{k, title = \"")]
        [InlineData("@article{k, title = a #")]
        [InlineData("@string{")]
        [InlineData("@string{a = ")]
        [InlineData("@preamble{")]
        [InlineData("@comment{")]
        [InlineData("@article(k, title = {T})}")]
        [InlineData("}}}}@article{k, title={T}, year=2020}")]
        [InlineData("\\")]
        [InlineData("\0\0\0")]
        public void Every_fragment_returns(string text) => Check(text);

        [Theory]
        [InlineData("@")]
        [InlineData("{")]
        [InlineData("@article{k,\n")]
        [InlineData("@comment{")]
        [InlineData("@article{k, title = {\\'")]
        [InlineData("@article{k, author = {a and ")]
        [InlineData("\n@x{")]
        public void Repeated_pathological_text_is_read_in_linear_time(string unit)
        {
            var small = string.Concat(Enumerable.Repeat(unit, 20_000));
            var large = string.Concat(Enumerable.Repeat(unit, 80_000));

            Check(small);
            var smallTime = FastestOfThree(small);
            var largeTime = FastestOfThree(large);

            // Four times the text would take some sixteen times as long if the reader were quadratic. The fastest of
            // three runs keeps a garbage collection or a busy neighbour on a two-core machine from deciding the ratio,
            // and the absolute bound alone fails a quadratic reader (a million characters squared).
            Assert.True(largeTime < TimeSpan.FromSeconds(5), $"{unit}: {largeTime}");
            Assert.True(largeTime.TotalMilliseconds < (smallTime.TotalMilliseconds * 12) + 500, $"{unit}: {smallTime} then {largeTime}");
        }

        [Fact]
        public void Six_thousand_entries_are_read_in_a_fraction_of_a_second_per_thousand()
        {
            var text = new StringBuilder();
            for (var copy = 0; copy < 50; copy++)
            {
                // Each copy's keys made its own, so that every entry is read to the end.
                text.Append(Regex.Replace(Corpus, @"(@(?!string|comment|preamble)\w+\s*[{(]\s*)", "${1}c" + copy + "_", RegexOptions.IgnoreCase));
            }

            var file = BibTeXCorpus.Read(text.ToString());
            var elapsed = Time(text.ToString());

            Assert.Equal(50 * 121, file.Publications.Count);
            Assert.DoesNotContain(file.Diagnostics, d => d.Id.StartsWith("RC1", StringComparison.Ordinal));
            Assert.True(elapsed < TimeSpan.FromSeconds(10), elapsed.ToString());
        }

        private static TimeSpan FastestOfThree(string text)
        {
            var fastest = TimeSpan.MaxValue;
            for (var run = 0; run < 3; run++)
            {
                var time = Time(text);
                fastest = time < fastest ? time : fastest;
            }

            return fastest;
        }

        private static TimeSpan Time(string text)
        {
            var stopwatch = Stopwatch.StartNew();
            BibTeXCorpus.Read(text);
            return stopwatch.Elapsed;
        }

        /// <summary>Reads the text and checks that nothing failed and every diagnostic lies inside the file.</summary>
        private static SourceFile Check(string text)
        {
            var file = BibTeXCorpus.Read(text);
            Assert.DoesNotContain(file.Diagnostics, d => d.Id == "RC0002");
            Assert.Equal(Generators.Primitives.LineMap.Of(text).LineStarts.ToArray(), file.Lines.Starts.ToArray());
            foreach (var diagnostic in file.Diagnostics)
            {
                Assert.InRange(diagnostic.Start, 0, text.Length);
                Assert.InRange(diagnostic.Start + diagnostic.Length, diagnostic.Start, text.Length);
                Assert.InRange(diagnostic.StartLine, 0, file.Lines.Starts.Count + file.Lines.OtherBreaks.Count - 1);
                Assert.True((diagnostic.StartLine, diagnostic.StartColumn).CompareTo((diagnostic.EndLine, diagnostic.EndColumn)) <= 0);
                Assert.NotNull(diagnostic.ToDiagnostic());
            }

            foreach (var publication in file.Publications)
            {
                Assert.InRange(publication.Span.StartLine, 0, file.Lines.Starts.Count - 1);
                Assert.All(publication.Locations, location => Assert.InRange(location.Span.EndLine, 0, file.Lines.Starts.Count - 1));
            }

            return file;
        }
    }
}
