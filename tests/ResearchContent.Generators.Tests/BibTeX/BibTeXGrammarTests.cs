using System.Linq;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Primitives;
using Xunit;

namespace ResearchContent.Generators.Tests.BibTeX
{
    /// <summary>The BibTeX grammar as btparse documents it: entries, delimiters, values, macros and comments.</summary>
    public sealed class BibTeXGrammarTests
    {
        [Fact]
        public void Entries_in_braces_and_in_parentheses_with_any_case_and_trailing_commas()
        {
            var file = BibTeXCorpus.Read(
                "@ARTICLE{a, TITLE = {One}, Year = 2020,}\n"
                + "@Article(b, title = {Two (with parentheses)}, year = 2021)\n"
                + "@article { c ,\n  title\t=\t{Three} ,\n  year = 2022 , }\n");

            Assert.Empty(file.Diagnostics);
            Assert.Equal(new[] { "a", "b", "c" }, file.Publications.Select(p => p.ExplicitKey));
            Assert.Equal(new[] { "One", "Two (with parentheses)", "Three" }, file.Publications.Select(p => p.Title));
            Assert.Equal(new int?[] { 2020, 2021, 2022 }, file.Publications.Select(p => p.Year));
            Assert.All(file.Publications, p => Assert.Equal(SourceFormat.BibTeX, p.Format));
        }

        [Fact]
        public void An_entry_with_no_fields_is_read()
        {
            var publication = Assert.Single(BibTeXCorpus.Read("@misc{placeholder}").Publications);

            Assert.Equal("placeholder", publication.ExplicitKey);
        }

        [Fact]
        public void Keys_keep_the_characters_exporters_use()
        {
            var file = BibTeXCorpus.Read(
                "@article{https://doi.org/10.1029/2004GL021737, title={A}, year=2004}\n"
                + "@article{2020A&A...641A...1P, title={B}, year=2020}\n"
                + "@article{doi:10.1126/science.aaz0109, title={C}, year=2019}\n"
                + "@article{张琪2021基于, title={D}, year=2021}\n");

            Assert.Equal(
                new[] { "https://doi.org/10.1029/2004GL021737", "2020A&A...641A...1P", "doi:10.1126/science.aaz0109", "张琪2021基于" },
                file.Publications.Select(p => p.ExplicitKey));
        }

        [Fact]
        public void Text_between_entries_and_percent_comments_are_ignored()
        {
            var file = BibTeXCorpus.Read(
                "This file lists our papers; ask T. Wang.\n"
                + "% @article{hidden, title = {Commented out by a percent sign}, year = 2000}\n"
                + "@article{a, % the key's comment\n  title = {Kept % not a comment inside a value},\n  year = 2020 % nor here\n}\n"
                + "Trailing words { with an unbalanced brace\n");

            var publication = Assert.Single(file.Publications);
            Assert.Empty(file.Diagnostics);
            Assert.Equal("Kept % not a comment inside a value", publication.Title);
        }

        [Fact]
        public void Comment_entries_are_skipped_with_their_braces_balanced()
        {
            var file = BibTeXCorpus.Read(
                "@comment{\n@article{old, title = {Commented out}, year = 1999}\n}\n"
                + "@Comment{jabref-meta: databaseType:bibtex;}\n"
                + "@COMMENT(a comment in parentheses {with braces})\n"
                + "@comment this line is a comment too, as BibTeX reads it\n"
                + "@article{kept, title = {Kept}, year = 2020}\n");

            Assert.Empty(file.Diagnostics);
            Assert.Equal(new[] { "kept" }, file.Publications.Select(p => p.ExplicitKey));
        }

        [Fact]
        public void A_preamble_is_read_and_is_no_publication()
        {
            var file = BibTeXCorpus.Read("@preamble{ \"\\providecommand{\\noopsort}[1]{}\" # \" \\newcommand{\\x}{y}\" }\n@article{a, title={A}, year=2020}");

            Assert.Empty(file.Diagnostics);
            Assert.Equal("a", Assert.Single(file.Publications).ExplicitKey);
        }

        [Fact]
        public void Quoted_values_hold_braces_and_quotes_inside_braces()
        {
            var publication = Assert.Single(BibTeXCorpus.Read(
                "@article{a, title = \"The {\"}Gorkha{\"} earthquake: {B{\\\"u}rgmann's} view\", year = \"2015\"}").Publications);

            Assert.Equal("The \"Gorkha\" earthquake: Bürgmann's view", publication.Title);
            Assert.Equal(2015, publication.Year);
        }

        [Fact]
        public void Nested_braces_and_bare_numbers()
        {
            var publication = Assert.Single(BibTeXCorpus.Read("@article{a, title = {{{Deeply} {nested}} braces}, volume = 48, year = 2021}").Publications);

            Assert.Equal("Deeply nested braces", publication.Title);
            Assert.Equal("48", publication.Citation!.Volume);
        }

        [Fact]
        public void String_macros_are_case_insensitive_concatenated_and_redefinable()
        {
            var file = BibTeXCorpus.Read(
                "@string{JGR = \"Journal of Geophysical Research\"}\n"
                + "@STRING(se = {Solid Earth})\n"
                + "@string{a = {first}, b = {second}}\n"
                + "@article{x, journal = jgr # \": \" # SE, title = a # { and } # b, year = 2020}\n"
                + "@string{jgr = {J. Geophys. Res.}}\n"
                + "@article{y, journal = JGR, title = {T}, year = 2020}\n");

            Assert.Empty(file.Diagnostics);
            Assert.Equal("Journal of Geophysical Research: Solid Earth", file.Publications[0].Venue);
            Assert.Equal("first and second", file.Publications[0].Title);
            Assert.Equal("J. Geophys. Res.", file.Publications[1].Venue);
        }

        [Fact]
        public void Month_macros_give_the_month_number()
        {
            var file = BibTeXCorpus.Read(string.Concat(
                new[] { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" }
                    .Select((month, i) => $"@article{{m{i + 1}, title = {{T}}, year = 2020, month = {month.ToUpperInvariant()}}}\n")));

            Assert.Empty(file.Diagnostics);
            Assert.Equal(Enumerable.Range(1, 12).Select(m => $"2020-{m:00}"), file.Publications.Select(p => p.Date));
        }

        [Fact]
        public void A_month_macro_can_be_redefined()
        {
            var publication = Assert.Single(BibTeXCorpus.Read("@string{mar = {March}}\n@article{a, title = {T}, year = 2020, month = mar # {~1}}").Publications);

            Assert.Equal("2020", publication.Date);
            Assert.Contains(new SourceField("month", "March 1"), publication.Fields);
        }

        [Fact]
        public void Self_referencing_macros_read_the_earlier_definition_and_never_loop()
        {
            var file = BibTeXCorpus.Read(
                "@string{a = a # {x}}\n"
                + "@string{b = {b}}\n@string{b = b # b}\n"
                + "@string{c = d}\n@string{d = c}\n"
                + "@article{k, title = a # b # c # d, year = 2020}\n");

            Assert.Equal("axbbdd", Assert.Single(file.Publications).Title);
            Assert.Equal(new[] { "a", "d" }, file.Diagnostics.Where(d => d.Id == "RC2101").Select(d => d.Arguments[0]));
        }

        [Fact]
        public void Line_starts_are_the_offset_of_every_line_whatever_the_line_endings()
        {
            var text = "@article{a,\r\n  title = {T},\r  year = 2020\n}\n";

            var file = BibTeXCorpus.Read(text);

            Assert.Equal(new[] { 0, 13, 28, 42, 44 }, file.Lines.Starts);
            Assert.Equal(LineMap.Of(text).LineStarts.ToArray(), file.Lines.Starts.ToArray());
            Assert.Equal("T", Assert.Single(file.Publications).Title);
        }

        [Fact]
        public void CRLF_line_endings_and_a_byte_order_mark_read_like_LF()
        {
            var lf = "@article{a,\n  title = {Multi\n  line},\n  abstract = {One.\n\n  Two.},\n  year = 2020\n}\n";
            var crlf = "\uFEFF" + lf.Replace("\n", "\r\n");

            var expected = Assert.Single(BibTeXCorpus.Read(lf).Publications);
            var actual = Assert.Single(BibTeXCorpus.Read(crlf).Publications);

            Assert.Equal(expected with { Span = default, Locations = default }, actual with { Span = default, Locations = default });
            Assert.Equal("One.\n\nTwo.", actual.AbstractEn);
        }

        [Fact]
        public void The_span_is_the_entry_head_and_locations_are_the_values()
        {
            var file = BibTeXCorpus.Read(
                "\n  @article{xu2021small,\n  author = {Xu, Anqi and Wang, Teng},\n  title = \"Small {F}ractures\",\n  journal = {Front. Earth Sci.},\n  year = 2021,\n  doi = {10.3389/feart.2021.672809}\n}\n");

            var publication = Assert.Single(file.Publications);
            Assert.Equal(new RelativeSpan(1, 2, 1, 22), publication.Span);
            Assert.Equal(
                new[]
                {
                    new FieldLocation("title", new RelativeSpan(3, 10, 3, 29)),
                    new FieldLocation("year", new RelativeSpan(5, 9, 5, 13)),
                    new FieldLocation("doi", new RelativeSpan(6, 8, 6, 35)),
                    new FieldLocation("venue", new RelativeSpan(4, 12, 4, 31)),
                    new FieldLocation("authors", new RelativeSpan(2, 11, 2, 36)),
                },
                publication.Locations);
        }

        [Fact]
        public void The_location_of_a_concatenated_value_covers_all_its_pieces()
        {
            var publication = Assert.Single(BibTeXCorpus.Read("@string{j = {J}}\n@article{a, title = j # { and } # \"K\", year = 2020}").Publications);

            Assert.Equal(new FieldLocation("title", new RelativeSpan(1, 20, 1, 37)), publication.Locations[0]);
        }

        [Fact]
        public void The_file_path_and_the_relative_path_are_kept()
        {
            var file = BibTeXCorpus.Read("@article{a, title = {T}, year = 2020}", "content/_bibliography/papers.bib");

            Assert.Equal("/repo/content/_bibliography/papers.bib", file.FilePath);
            Assert.Equal("content/_bibliography/papers.bib", file.RelativePath);
            Assert.Equal("content/_bibliography/papers.bib", file.Publications[0].RelativePath);
            Assert.Equal("/repo/content/_bibliography/papers.bib", file.Publications[0].FilePath);
        }

        [Fact]
        public void Reading_the_same_text_twice_gives_equal_files()
        {
            var text = BibTeXCorpus.TextOf(BibTeXCorpus.GroupPublications);

            Assert.Equal(BibTeXCorpus.Read(text), BibTeXCorpus.Read(text));
        }
    }
}
