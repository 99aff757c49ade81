using System.Linq;
using ResearchContent.Generators.Sources.Collection;
using Xunit;

namespace ResearchContent.Generators.Tests.Collection
{
    /// <summary>YAML read as Jekyll reads it: names given twice kept, values located, nothing deep enough to hurt.</summary>
    public sealed class LenientYamlReaderTests
    {
        [Fact]
        public void A_name_given_twice_is_kept_twice_and_the_last_is_the_one_used()
        {
            var root = Read("paperurl: a\ntitle: T\npaperurl: b\n");

            Assert.Equal(new[] { "paperurl", "title", "paperurl" }, root.Entries.Select(entry => entry.Name));
            Assert.Equal("b", root.Last("paperurl")!.Value.Text);
            Assert.Equal(new[] { "paperurl=b", "title=T" }, root.DistinctEntries().Select(entry => entry.Name + "=" + entry.Value.Text));
        }

        [Fact]
        public void Values_are_located_by_their_first_and_past_their_last_character()
        {
            var root = Read("title: \"A B\"\ntags: [x, y]\nlist:\n  - x\nexcerpt: >\n  one\n  two\n");

            Assert.Equal((0, 7, 0, 12), Marks(root.Last("title")!.Value));
            Assert.Equal((1, 6, 1, 12), Marks(root.Last("tags")!.Value));
            Assert.Equal((3, 2, 4, 0), Marks(root.Last("list")!.Value));
            Assert.Equal((4, 9, 7, 0), Marks(root.Last("excerpt")!.Value));
            Assert.Equal((1, 0), (root.Entries[1].Line, root.Entries[1].Column));
        }

        [Theory]
        [InlineData("a:", true)]
        [InlineData("a: ~", true)]
        [InlineData("a: null", true)]
        [InlineData("a: ''", false)]
        [InlineData("a: 'null'", false)]
        [InlineData("a: nothing", false)]
        public void Only_unquoted_nothing_tilde_and_null_are_null(string yaml, bool isNull)
        {
            Assert.Equal(isNull, Read(yaml).Last("a")!.Value.IsNull);
        }

        [Theory]
        [InlineData("a: false", true)]
        [InlineData("a: no", true)]
        [InlineData("a: Off", true)]
        [InlineData("a: 'false'", false)]
        [InlineData("a: true", false)]
        public void Only_unquoted_yaml_1_1_falses_are_false(string yaml, bool isFalse)
        {
            Assert.Equal(isFalse, Read(yaml).Last("a")!.Value.IsFalse);
        }

        [Fact]
        public void Lists_and_mappings_join_into_one_line_of_text()
        {
            var root = Read("tags: [InSAR, '', GNSS]\nheader: {teaser: a.png, overlay: null}\nempty: []\n");

            Assert.Equal("InSAR, GNSS", root.Last("tags")!.Value.JoinedText());
            Assert.Equal("teaser: a.png", root.Last("header")!.Value.JoinedText());
            Assert.Null(root.Last("empty")!.Value.JoinedText());
        }

        [Fact]
        public void Anchors_and_aliases_resolve_and_an_unknown_alias_is_null()
        {
            var root = Read("name: &name Mei Lin\nauthor: *name\nother: *missing\n");

            Assert.Equal("Mei Lin", root.Last("author")!.Value.Text);
            Assert.True(root.Last("other")!.Value.IsNull);
        }

        [Fact]
        public void A_list_or_mapping_used_as_a_name_is_read_and_left_out()
        {
            var root = Read("? [a, b]\n: c\ntitle: T\n");

            Assert.Equal(new[] { "title" }, root.Entries.Select(entry => entry.Name));
        }

        [Fact]
        public void Nesting_deeper_than_anything_in_front_matter_is_skipped_without_recursion()
        {
            var deep = "a: " + new string('[', 200) + new string(']', 200) + "\nb: {c: {d: {e: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[x]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}}}\nf: after\n";
            var root = Read(deep);

            Assert.Equal(YamlValueKind.Sequence, root.Last("a")!.Value.Kind);
            // What lies deeper than 32 levels is skipped as null, and so are the mappings left with nothing else in them.
            Assert.Null(root.Last("b")!.Value.JoinedText());
            Assert.Equal("after", root.Last("f")!.Value.Text);
        }

        [Fact]
        public void Nesting_that_would_stall_the_yaml_parser_is_refused_before_it_starts()
        {
            var stopwatch = System.Diagnostics.Stopwatch.StartNew();
            var result = LenientYamlReader.Read("title: A\na: " + new string('[', 100_000) + new string(']', 100_000) + "\n");

            Assert.Equal("lists or mappings are nested more than 256 deep", result.Error);
            Assert.Equal((1, 259), (result.ErrorLine, result.ErrorColumn));
            Assert.True(stopwatch.ElapsedMilliseconds < 3000, stopwatch.ElapsedMilliseconds + " ms");
        }

        [Theory]
        [InlineData("title: A: B", 0, 8)]
        [InlineData("a: 'x\n", 0, 3)]
        [InlineData("a: b\n\tc: d\n", 0, 3)]
        [InlineData("a: b\n[c: d\n", 1, 0)]
        [InlineData("a: [b\n", 1, 0)]
        public void Invalid_yaml_is_an_error_with_its_position_never_an_exception(string yaml, int line, int column)
        {
            var result = LenientYamlReader.Read(yaml);

            Assert.Null(result.Root);
            Assert.NotNull(result.Error);
            Assert.Equal((line, column), (result.ErrorLine, result.ErrorColumn));
        }

        [Fact]
        public void A_yaml_parser_that_fails_without_a_yaml_error_is_still_an_error_at_the_last_value_read()
        {
            // Found by the mutation tests: YamlDotNet's scanner throws InvalidOperationException on this line.
            var result = LenientYamlReader.Read("title: \"S\"\ncollection: publications\n[ategory: manuscriptsnk: /publication/2024\nexcerpt: 'J'\n");

            Assert.Null(result.Root);
            Assert.Equal("the YAML cannot be read after this point", result.Error);
            Assert.Equal((1, 24), (result.ErrorLine, result.ErrorColumn));
        }

        [Fact]
        public void An_empty_document_has_no_root()
        {
            Assert.Null(LenientYamlReader.Read(string.Empty).Root);
            Assert.Null(LenientYamlReader.Read("# only a comment\n").Root);
        }

        private static YamlValue Read(string yaml)
        {
            var result = LenientYamlReader.Read(yaml);
            Assert.Null(result.Error);
            return result.Root!;
        }

        private static (int, int, int, int) Marks(YamlValue value) => (value.StartLine, value.StartColumn, value.EndLine, value.EndColumn);
    }
}
