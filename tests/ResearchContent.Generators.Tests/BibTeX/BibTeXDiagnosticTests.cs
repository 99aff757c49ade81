using System.Linq;
using Xunit;

namespace ResearchContent.Generators.Tests.BibTeX
{
    /// <summary>
    /// Each BibTeX diagnostic, at its exact line and column, with the message docs/diagnostics.md shows; errors leave
    /// their entry out and keep the others, warnings keep it.
    /// </summary>
    public sealed class BibTeXDiagnosticTests
    {
        private const string Path = "content/_bibliography/papers.bib";

        private const string Selective = "@article{zhang2021selective,\n  title = {Selective Kernel Res-Attention UNet},\n  year = {2021}\n}\n";

        [Fact]
        public void RC1101_an_entry_that_runs_into_the_next_is_never_closed()
        {
            var file = BibTeXCorpus.Read(
                "@article{xu2021small,\n  title = {Small Fractures Caused by the 2019 Ridgecrest Earthquake Sequence},\n  year = {2021}\n\n" + Selective);

            Assert.Equal(
                new[] { Path + "(1,1): error RC1101: The entry 'xu2021small' is never closed: its closing '}' is missing before the next entry, on line 5. Close it with '}' after its last field; the entry is left out." },
                BibTeXDiagnosticLines.Of(file));
            Assert.Equal(new[] { "zhang2021selective" }, file.Publications.Select(p => p.ExplicitKey));
            var diagnostic = Assert.Single(file.Diagnostics);
            Assert.Equal((0, 0, 0, 20), (diagnostic.StartLine, diagnostic.StartColumn, diagnostic.EndLine, diagnostic.EndColumn));
        }

        [Fact]
        public void RC1101_an_entry_that_runs_to_the_end_of_the_file_is_never_closed()
        {
            var file = BibTeXCorpus.Read(Selective + "@misc(wang2022zenodo,\n  title = {Sentinel-1 time series},\n  year = 2022,\n");

            Assert.Equal(
                new[] { Path + "(5,1): error RC1101: The entry 'wang2022zenodo' is never closed: its closing ')' is missing before the end of the file. Close it with ')' after its last field; the entry is left out." },
                BibTeXDiagnosticLines.Of(file));
            Assert.Single(file.Publications);
        }

        [Fact]
        public void RC1102_a_value_whose_braces_do_not_balance_is_never_closed_and_costs_its_entry_only()
        {
            var file = BibTeXCorpus.Read(
                "@article{xu2021small,\n  title = {Small Fractures Caused by the {2019 Ridgecrest Earthquake Sequence},\n  year = {2021}\n}\n\n" + Selective);

            Assert.Equal(
                new[] { Path + "(2,11): error RC1102: The value of 'title' in 'xu2021small' is never closed before the next entry, on line 6. Add the missing '}' (BibTeX counts every brace in a value, even '\\{', so braces must balance); the entry is left out." },
                BibTeXDiagnosticLines.Of(file));
            Assert.Equal(new[] { "zhang2021selective" }, file.Publications.Select(p => p.ExplicitKey));
        }

        [Fact]
        public void RC1102_an_unclosed_quote_names_the_quote()
        {
            var file = BibTeXCorpus.Read("@article{xu2021small,\n  title = \"Small Fractures,\n  year = {2021}\n}\n");

            Assert.Equal(
                new[] { Path + "(2,11): error RC1102: The value of 'title' in 'xu2021small' is never closed before the end of the file. Add the missing '\"' (BibTeX counts every brace in a value, even '\\{', so braces must balance); the entry is left out." },
                BibTeXDiagnosticLines.Of(file));
            Assert.Empty(file.Publications);
        }

        [Fact]
        public void RC1103_an_entry_without_a_key()
        {
            var file = BibTeXCorpus.Read("@article{\n  title = {Small Fractures},\n  year = {2021}\n}\n" + Selective);

            Assert.Equal(
                new[] { Path + "(1,1): error RC1103: This @article entry has no citation key. Write the key right after '@article{', followed by a comma, as in '@article{zhang2021selective,'; the entry is left out." },
                BibTeXDiagnosticLines.Of(file));
            Assert.Equal(new[] { "zhang2021selective" }, file.Publications.Select(p => p.ExplicitKey));
        }

        [Fact]
        public void RC1103_an_empty_key_before_the_comma()
        {
            var file = BibTeXCorpus.Read("@inproceedings{ , title = {A}, year = 2020}");

            Assert.Equal("RC1103", Assert.Single(file.Diagnostics).Id);
            Assert.Empty(file.Publications);
        }

        [Fact]
        public void RC1104_a_key_used_twice_ignoring_case_leaves_the_later_entry_out()
        {
            var file = BibTeXCorpus.Read(Selective + "\n@inproceedings{Zhang2021Selective,\n  title = {Coherence Change Detection},\n  year = {2019}\n}\n");

            Assert.Equal(
                new[] { Path + "(6,16): error RC1104: The key 'Zhang2021Selective' is already used by the entry on line 1 of this file (keys are compared ignoring case, as BibTeX does). Give each entry its own key; this entry is left out." },
                BibTeXDiagnosticLines.Of(file));
            Assert.Equal("Selective Kernel Res-Attention UNet", Assert.Single(file.Publications).Title);
        }

        [Fact]
        public void RC1105_a_missing_comma_between_fields()
        {
            var file = BibTeXCorpus.Read(
                "@article{xu2021small,\n  title = {Small Fractures Caused by the 2019 Ridgecrest Earthquake Sequence}\n  year = {2021}\n}\n\n" + Selective);

            Assert.Equal(
                new[] { Path + "(3,3): error RC1105: In 'xu2021small', ',' or '}' after the value of 'title' is expected here, but 'year' is found. Write each field as 'name = {value}', with a comma between fields; the entry is left out." },
                BibTeXDiagnosticLines.Of(file));
            Assert.Equal(new[] { "zhang2021selective" }, file.Publications.Select(p => p.ExplicitKey));
        }

        [Theory]
        [InlineData("@article{k, title {A}}", "(1,19)", "'=' after the field name 'title'", "'{'")]
        [InlineData("@article{k, title = , year = 2020}", "(1,21)", "a value (in braces, in quotes, a number or a macro name)", "','")]
        [InlineData("@article{k, = {A}}", "(1,13)", "a field name", "'='")]
        [InlineData("@article{zhang 2021, title = {A}}", "(1,16)", "',' after the key 'zhang'", "'2021'")]
        [InlineData("@article{k, title = {A} # }", "(1,27)", "a value (in braces, in quotes, a number or a macro name)", "'}'")]
        public void RC1105_names_what_is_expected_and_what_is_found(string text, string position, string expected, string found)
        {
            var line = Assert.Single(BibTeXDiagnosticLines.Of(BibTeXCorpus.Read(text)));

            Assert.StartsWith(Path + position + ": error RC1105: In '", line);
            Assert.Contains(", " + expected + " is expected here, but " + found + " is found.", line);
        }

        [Fact]
        public void RC1105_an_entry_type_at_the_start_of_a_line_without_a_brace()
        {
            var file = BibTeXCorpus.Read("@article xu2021small,\n  title = {Small Fractures}\n\n" + Selective);

            Assert.Equal(
                new[] { Path + "(1,10): error RC1105: In '@article', '{' or '(' after '@article' is expected here, but 'xu2021small' is found. Write each field as 'name = {value}', with a comma between fields; the entry is left out." },
                BibTeXDiagnosticLines.Of(file));
            Assert.Equal(new[] { "zhang2021selective" }, file.Publications.Select(p => p.ExplicitKey));
        }

        [Fact]
        public void An_at_sign_in_running_text_between_entries_is_a_comment()
        {
            var file = BibTeXCorpus.Read("Questions: write to insar@example.org.\n" + Selective);

            Assert.Empty(file.Diagnostics);
            Assert.Single(file.Publications);
        }

        [Fact]
        public void RC1106_macros_that_double_one_another_stop_at_the_limit()
        {
            var strings = "@string{m0 = \"InSAR \"}\n" + string.Concat(Enumerable.Range(1, 40).Select(i => $"@string{{m{i} = m{i - 1} # m{i - 1}}}\n"));
            var text = strings + "@article{k,\n  title = m40,\n  year = 2020\n}\n" + Selective;

            var file = BibTeXCorpus.Read(text);

            // Reported where the expansion crosses the limit (m17, about a million characters) and where it is used.
            var limit = (1_000_000 + (4 * text.Length)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(
                new[]
                {
                    Path + "(18,15): error RC1106: The @string macros used in the value of 'm17' in '@string' expand to more than " + limit + " characters in this file. Check the @string definitions for a macro that is concatenated with itself again and again; the entry is left out.",
                    Path + "(43,11): error RC1106: The @string macros used in the value of 'title' in 'k' expand to more than " + limit + " characters in this file. Check the @string definitions for a macro that is concatenated with itself again and again; the entry is left out.",
                },
                BibTeXDiagnosticLines.Of(file));
            Assert.Equal(new[] { "zhang2021selective" }, file.Publications.Select(p => p.ExplicitKey));
        }

        [Fact]
        public void RC2101_an_undefined_macro_keeps_its_name()
        {
            var file = BibTeXCorpus.Read("@string{grl = {Geophysical Research Letters}}\n\n@article{xu2021small,\n  journal = grsl,\n  title = {Small Fractures},\n  year = {2021}\n}\n");

            Assert.Equal(
                new[] { Path + "(4,13): warning RC2101: The @string macro 'grsl' is not defined above this point, so its name is kept as the text. Define it with '@string{grsl = {…}}' above the entry, or write the text in braces: '{grsl}'." },
                BibTeXDiagnosticLines.Of(file));
            Assert.Equal("grsl", Assert.Single(file.Publications).Venue);
        }

        [Fact]
        public void RC2102_an_entry_without_a_title()
        {
            var file = BibTeXCorpus.Read("@article{xu2021small,\n  journal = {Frontiers in Earth Science},\n  year = {2021}\n}\n");

            Assert.Equal(
                new[] { Path + "(1,1): warning RC2102: The entry 'xu2021small' has no title. Add 'title = {…}'." },
                BibTeXDiagnosticLines.Of(file));
            Assert.Null(Assert.Single(file.Publications).Title);
        }

        [Theory]
        [InlineData("", "has no year")]
        [InlineData(",\n  year = {in press}", "has the year 'in press', which is not a four-digit year")]
        [InlineData(",\n  date = {spring 2021}", "has the date 'spring 2021', which is not a date such as 2021-03-05")]
        public void RC2103_an_entry_without_a_year_it_can_read(string yearField, string problem)
        {
            var file = BibTeXCorpus.Read("@article{xu2021small,\n  title = {Small Fractures}" + yearField + "\n}\n");

            Assert.Equal(
                new[] { Path + "(1,1): warning RC2103: The entry 'xu2021small' " + problem + ". Write 'year = {2021}' (or biblatex's 'date = {2021-03-05}'); until then the publication has no year." },
                BibTeXDiagnosticLines.Of(file));
            Assert.Null(Assert.Single(file.Publications).Year);
        }

        [Fact]
        public void RC2104_an_unknown_command_is_kept_without_its_backslash()
        {
            var file = BibTeXCorpus.Read("@article{zhao2022uplift,\n  title = {Uplift of \\SI{5}{cm} per year at Changbaishan},\n  year = {2022}\n}\n");

            Assert.Equal(
                new[] { Path + "(2,22): warning RC2104: The LaTeX command '\\SI' is not one ResearchContent knows, so it is kept as 'SI'. Write the character itself (a .bib file may be UTF-8), or one of the commands listed in docs/sources-bibtex.md." },
                BibTeXDiagnosticLines.Of(file));
            Assert.Equal("Uplift of SI5cm per year at Changbaishan", Assert.Single(file.Publications).Title);
        }

        [Fact]
        public void RC2104_points_into_the_string_definition_the_command_came_from()
        {
            var file = BibTeXCorpus.Read("@string{rse = {Remote \\Sensing of Environment}}\n@article{k, journal = rse, title = {T}, year = 2020}\n");

            var diagnostic = Assert.Single(file.Diagnostics);
            Assert.Equal(("RC2104", 0, 22, 0, 30), (diagnostic.Id, diagnostic.StartLine, diagnostic.StartColumn, diagnostic.EndLine, diagnostic.EndColumn));
        }

        [Fact]
        public void RC2105_a_repeated_field_keeps_the_first_value()
        {
            var file = BibTeXCorpus.Read("@article{xu2021small,\n  title = {Small Fractures},\n  year = {2021},\n  title = {Tiny Fractures}\n}\n");

            Assert.Equal(
                new[] { Path + "(4,3): warning RC2105: The field 'title' is given again in 'xu2021small'; the first value, on line 2, is used, as BibTeX does. Remove one of the two." },
                BibTeXDiagnosticLines.Of(file));
            Assert.Equal("Small Fractures", Assert.Single(file.Publications).Title);
        }

        [Fact]
        public void Diagnostics_are_in_the_order_of_the_file()
        {
            var file = BibTeXCorpus.Read("@article{a, title = {\\foo}, year = 2020, title = {x}}\n@article{b, journal = nope, year = 2020}\n");

            Assert.Equal(new[] { "RC2104", "RC2105", "RC2102", "RC2101" }, file.Diagnostics.Select(d => d.Id));
        }
    }
}
