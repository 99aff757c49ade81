using System;
using System.Linq;
using System.Text;
using System.Threading;
using ResearchContent.Generators.Primitives;
using ResearchContent.Generators.Sources.Collection;
using Xunit;
using static ResearchContent.Generators.Tests.Collection.CollectionCorpus;

namespace ResearchContent.Generators.Tests.Collection
{
    /// <summary>
    /// The reader runs inside the compiler on whatever a person typed: no truncation or mutation of a real file makes
    /// it throw or fail unexpectedly (RC0002), and line endings, a byte-order mark or a second read change nothing.
    /// </summary>
    public sealed class CollectionRobustnessTests
    {
        public static TheoryData<string> SampleFiles()
        {
            var data = new TheoryData<string>();
            foreach (var file in Files)
            {
                data.Add(file);
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(SampleFiles))]
        public void Every_truncation_of_every_sample_file_reads_without_failing(string file)
        {
            var text = Text(file);
            for (var length = 0; length <= text.Length; length++)
            {
                AssertReads(file, text.Substring(0, length));
            }
        }

        [Theory]
        [MemberData(nameof(SampleFiles))]
        public void Random_edits_of_every_sample_file_read_without_failing(string file)
        {
            // Characters that matter to YAML, HTML, Markdown and the citation reader, and some that matter to none.
            const string Alphabet = "-:'\"#&;<>/[]{}|>*!%@`\\\t\n\r ,.()0123456789aZ中\u00A0\uFEFF\u2028";
            var text = Text(file);
            var random = new Random(file.Length);
            for (var round = 0; round < 200; round++)
            {
                var builder = new StringBuilder(text);
                for (var edit = random.Next(1, 6); edit > 0 && builder.Length > 0; edit--)
                {
                    var at = random.Next(builder.Length);
                    switch (random.Next(3))
                    {
                        case 0:
                            builder.Remove(at, Math.Min(random.Next(1, 20), builder.Length - at));
                            break;
                        case 1:
                            builder.Insert(at, Alphabet[random.Next(Alphabet.Length)]);
                            break;
                        default:
                            builder[at] = Alphabet[random.Next(Alphabet.Length)];
                            break;
                    }
                }

                AssertReads(file, builder.ToString());
            }
        }

        [Theory]
        [InlineData("---")]
        [InlineData("---\n")]
        [InlineData("---\n---")]
        [InlineData("---\n...\n")]
        [InlineData("---\n:\n---\n")]
        [InlineData("---\n? \n---\n")]
        [InlineData("---\n*a\n---\n")]
        [InlineData("---\n&a [*a]\n---\n")]
        [InlineData("---\n!!binary x: y\n---\n")]
        [InlineData("---\ntitle: !ruby/object:Foo {}\ndate: !!timestamp 2021\n---\n")]
        [InlineData("---\ntitle:\n  - [A]\n  - {B: C}\ndate: [2021]\ncitation: {a: b}\nkey: [k]\ncategory: [books]\n---\n")]
        [InlineData("---\ntitle: A\nexcerpt: |\n---\n")]
        [InlineData("---\ntitle: A\nexcerpt: >-\n\n\n---\n")]
        [InlineData("\r\r\r")]
        [InlineData("\uFEFF")]
        [InlineData("\0\0---")]
        public void Odd_front_matter_reads_without_failing(string text)
        {
            AssertReads("_publications/2021-01-01-odd.md", text);
        }

        [Theory]
        [MemberData(nameof(SampleFiles))]
        public void Line_endings_and_a_byte_order_mark_change_nothing_but_the_offsets(string file)
        {
            var text = Text(file);
            var lf = Read(file, text);
            var crlf = Read(file, "\uFEFF" + text.Replace("\n", "\r\n"));
            var cr = Read(file, text.Replace("\n", "\r"));

            Assert.Equal(lf.Publications, crlf.Publications);
            Assert.Equal(lf.Publications, cr.Publications);
            // The compiler holds the mark as the first line's first character: what stands on that line is one column on.
            var afterMark = lf.Diagnostics.Select(d => d with { StartColumn = d.StartColumn + (d.StartLine == 0 ? 1 : 0), EndColumn = d.EndColumn + (d.EndLine == 0 ? 1 : 0) });
            Assert.Equal(Describe(afterMark.ToEquatableArray()), Describe(crlf.Diagnostics));
            Assert.Equal(Describe(lf.Diagnostics), Describe(cr.Diagnostics));
        }

        [Theory]
        [MemberData(nameof(SampleFiles))]
        public void Reading_twice_gives_equal_values_for_the_incremental_cache(string file)
        {
            var first = Read(file);
            var second = Read(file, new string(Text(file).ToCharArray()));

            Assert.Equal(first, second);
            Assert.Equal(first.GetHashCode(), second.GetHashCode());
        }

        [Fact]
        public void A_cancelled_compilation_stops_the_read()
        {
            using var cancelled = new CancellationTokenSource();
            cancelled.Cancel();

            Assert.ThrowsAny<OperationCanceledException>(() =>
                CollectionFileReader.Read("p.md", "_publications/p.md", Text("_publications/2009-10-01-paper-title-number-1.md"), Categories, cancelled.Token));
        }

        [Fact]
        public void Null_arguments_are_read_as_empty_rather_than_thrown_on()
        {
            var file = CollectionFileReader.Read("p.md", null!, null!, null!, CancellationToken.None);

            Assert.Equal("RC2204", Assert.Single(file.Diagnostics).Id);
            Assert.False(CollectionFile.IsCollectionPath(null!));
            Assert.False(CollectionFile.DeclaresCollection(null!));
            Assert.Same(CategoryNames.Empty, SiteConfigReader.Read(null!));
        }

        private static void AssertReads(string file, string text)
        {
            var read = Read(file, text);

            // RC0002 is the reader's own failure: no input may cause it.
            Assert.DoesNotContain(read.Diagnostics, diagnostic => diagnostic.Id == "RC0002");
            Assert.True(read.Publications.Count <= 1);
            foreach (var diagnostic in read.Diagnostics)
            {
                Assert.InRange(diagnostic.Start, 0, text.Length);
                Assert.InRange(diagnostic.Start + diagnostic.Length, 0, text.Length);
                _ = diagnostic.ToDiagnostic();
            }

            foreach (var publication in read.Publications)
            {
                Assert.All(publication.Locations, location => Assert.True(location.Span.StartLine <= location.Span.EndLine));
            }
        }
    }
}
