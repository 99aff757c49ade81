using System.Globalization;
using System.Linq;
using ResearchContent.Generators.Sources.Collection;
using Xunit;
using static ResearchContent.Generators.Tests.Collection.CollectionCorpus;

namespace ResearchContent.Generators.Tests.Collection
{
    /// <summary>Every diagnostic of the sample site at its exact place (0-based lines and columns), and the text it points at.</summary>
    public sealed class CollectionDiagnosticTests
    {
        [Theory]
        [InlineData("_pages/2019-04-01-misplaced-paper.md", "")]
        [InlineData("_publications/2009-10-01-paper-title-number-1.md", "RC2203 (11,10)-(11,93)")]
        [InlineData("_publications/2015-10-01-paper-title-number-3.md", "RC2203 (10,10)-(10,93)")]
        [InlineData("_publications/2016-06-30-msc-thesis.md", "")]
        [InlineData("_publications/2017-05-12-insar-review.md", "RC1201 (1,30)-(1,40)")]
        [InlineData("_publications/2018-03-15-insar-tropospheric-correction.md", "")]
        [InlineData("_publications/2018-11-30-obrien-collaboration.md", "RC1201 (6,13)-(6,157)")]
        [InlineData("_publications/2019-01-01-Tracking-Slow-Slip-with-Sentinel-1.md", "")]
        [InlineData("_publications/2019-06-16-learning-to-unwrap.md", "")]
        [InlineData("_publications/2019-spring-ssa-talk.md", "RC2205 (3,10)-(3,19); RC2202 (4,6)-(4,17)")]
        [InlineData("_publications/2020-03-03-gnss-seasonal-signals.md", "RC1203 (4,5)-(4,18)")]
        [InlineData("_publications/2020-8-20-tibet-gnss-network.md", "")]
        [InlineData("_publications/2020-wenchuan-postseismic.md", "")]
        [InlineData("_publications/2021-05-01-insar-earthquake-geodesy-chapter.md", "")]
        [InlineData("_publications/2021-phd-thesis.md", "")]
        [InlineData("_publications/2022-01-15-deep-learning-decorrelation.md", "")]
        [InlineData("_publications/2022-07-10-maduo-agu.md", "")]
        [InlineData("_publications/2022-10-01-maduo-postseismic.md", "RC1202 (0,0)-(0,3)")]
        [InlineData("_publications/2023-03-02-sentinel1-burst-velocities.md", "")]
        [InlineData("_publications/2023-09-05-foundation-models-preprint.md", "")]
        [InlineData("_publications/2023-12-01-draft-landslides.md", "")]
        [InlineData("_publications/2024-02-17-kahramanmaras-ruptures.md", "RC2206 (10,0)-(10,8)")]
        [InlineData("_publications/2024-04-08-maduo-coseismic.md", "RC2203 (6,10)-(6,76)")]
        [InlineData("_publications/2024-06-01-gnss-strain-rates.md", "RC2207 (7,5)-(7,42)")]
        [InlineData("_publications/insar-time-series-review.md", "RC2201 (0,0)-(0,3)")]
        [InlineData("_publications/notes.md", "RC2204 (0,0)-(0,19)")]
        public void Each_file_of_the_sample_site_has_exactly_these_diagnostics(string file, string expected)
        {
            Assert.Equal(expected, string.Join("; ", Describe(Read(file).Diagnostics)));
        }

        [Fact]
        public void The_sample_site_is_covered_by_the_table_above()
        {
            var rows = typeof(CollectionDiagnosticTests).GetMethod(nameof(Each_file_of_the_sample_site_has_exactly_these_diagnostics))!
                .GetCustomAttributes(typeof(InlineDataAttribute), false).Cast<InlineDataAttribute>()
                .Select(row => (string)row.GetData(null!).Single()[0]);
            Assert.Equal(Files, rows);
            Assert.True(Files.Count(file => file.StartsWith("_publications/", System.StringComparison.Ordinal)) >= 15);
        }

        [Theory]
        [InlineData("_publications/2017-05-12-insar-review.md", "While scanning a plain scalar value, found invalid mapping", ":")]
        [InlineData("_publications/2018-11-30-obrien-collaboration.md", "While parsing a block mapping, did not find expected key", "Brien,")]
        public void Invalid_yaml_is_reported_where_the_parser_stopped(string file, string message, string textAtStart)
        {
            var diagnostic = Assert.Single(Read(file).Diagnostics);
            Assert.Equal(new[] { message }, diagnostic.Arguments);
            Assert.StartsWith(textAtStart, At(file, diagnostic.Start, diagnostic.Length));
            Assert.Empty(Read(file).Publications);
        }

        [Fact]
        public void Messages_name_the_field_the_value_and_where_the_year_comes_from()
        {
            var talk = Read("_publications/2019-spring-ssa-talk.md");
            Assert.Equal(
                "The category 'conferece' is not one of the publication categories of _config.yml ('books', 'manuscripts', 'conferences', "
                + "'preprints', 'theses'), so the publications page does not list this paper. Use one of them, or add 'conferece' under "
                + "publication_category in _config.yml.",
                Message(talk, 0));
            Assert.Equal(
                "The date 'Spring 2019' cannot be read; the year is taken from the citation. Write it as 'date: 2021-03-05', 'date: 2021-03' or 'date: 2021'.",
                Message(talk, 1));
            Assert.Equal(2019, Assert.Single(talk.Publications).Year);

            var repeated = Read("_publications/2024-02-17-kahramanmaras-ruptures.md");
            Assert.Equal("'paperurl' is also given on line 9; Jekyll uses this later value, and so does the catalog. Remove the line that is out of date.", Message(repeated, 0));

            var key = Read("_publications/2020-03-03-gnss-seasonal-signals.md");
            Assert.StartsWith("The key '2020 lin gnss' cannot be used: it starts with '2', not a letter.", Message(key, 0));

            var doi = Read("_publications/2024-06-01-gnss-strain-rates.md");
            Assert.Equal(
                "The front matter's DOI '10.1093/gji/ggae123' differs from the DOI '10.1093/gji/ggae132' in the citation; the catalog uses the front matter's. Make them the same paper.",
                Message(doi, 0));
            Assert.Equal("'https://doi.org/10.1093/gji/ggae123'", At("_publications/2024-06-01-gnss-strain-rates.md", doi.Diagnostics[0].Start, doi.Diagnostics[0].Length));

            var incomplete = Read("_publications/2024-04-08-maduo-coseismic.md");
            Assert.StartsWith("The citation of 'Coseismic Deformation of the 2021 Maduo Earthquake' could not be read confidently: its container could not be found.", Message(incomplete, 0));
        }

        [Fact]
        public void Diagnostics_become_compiler_diagnostics_at_the_same_place()
        {
            var diagnostic = Read("_publications/2020-03-03-gnss-seasonal-signals.md").Diagnostics[0].ToDiagnostic();
            var span = diagnostic.Location.GetLineSpan();

            Assert.Equal("RC1203", diagnostic.Id);
            Assert.Equal("/site/_publications/2020-03-03-gnss-seasonal-signals.md", span.Path);
            Assert.Equal((4, 5), (span.StartLinePosition.Line, span.StartLinePosition.Character));
            Assert.Equal("2020 lin gnss", At("_publications/2020-03-03-gnss-seasonal-signals.md", diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));
        }

        [Theory]
        [InlineData("---\ntitle: \"A\"\ndate: 2021\n", "RC1201 (0,0)-(0,3)")]
        [InlineData("---\n- a list\n- not a mapping\n---\n", "RC1201 (1,0)-(1,8)")]
        [InlineData("---\n---\nBody only.\n", "RC1202 (0,0)-(0,3); RC2201 (0,0)-(0,3)")]
        [InlineData("---\ntitle: \"\"\ndate: 2021\n---\n", "RC1202 (1,0)-(1,5)")]
        [InlineData("---\ntitle: <i></i>\ndate: 2021\n---\n", "RC1202 (1,0)-(1,5)")]
        [InlineData("---\ntitle: A\ndate:\n---\n", "RC2201 (2,0)-(2,4)")]
        [InlineData("---\ntitle: A\ndate: 2021-02-30\n---\n", "RC2202 (2,6)-(2,16)")]
        [InlineData("---\ntitle: A\ndate: 2021\nkey: 'zhang 2021'\n---\n", "RC1203 (3,5)-(3,17)")]
        [InlineData("---\ntitle: A\ndate: 2021\ntitle: B\ntitle: C\n---\n", "RC2206 (3,0)-(3,5); RC2206 (4,0)-(4,5)")]
        [InlineData("\n---\ntitle: A\n---\n", "RC2204 (0,0)-(0,0)")]
        [InlineData("", "RC2204 (0,0)-(0,0)")]
        public void Problems_of_written_files_are_located_exactly(string text, string expected)
        {
            Assert.Equal(expected, string.Join("; ", Describe(Read("_publications/paper.md", text).Diagnostics)));
        }

        [Theory]
        [InlineData("_publications/2021-06-01-paper.md", "date: someday", "the year is taken from the file name", 2021)]
        [InlineData("_publications/paper.md", "date: someday\nyear: 2020", "the year is taken from the 'year' field", 2020)]
        [InlineData("_publications/paper.md", "date: someday\ncitation: 'Lin, M. (2019). A. <i>B</i>, 1, 2.'", "the year is taken from the citation", 2019)]
        [InlineData("_publications/paper.md", "date: someday", "the publication has no year", null)]
        public void An_unreadable_date_says_where_the_year_comes_from(string path, string fields, string source, int? year)
        {
            var file = Read(path, "---\ntitle: A\n" + fields + "\n---\n");
            var diagnostic = Assert.Single(file.Diagnostics, d => d.Id == "RC2202");
            Assert.Equal(new[] { "someday", source }, diagnostic.Arguments);
            Assert.Equal(year, Assert.Single(file.Publications).Year);
            Assert.Null(file.Publications[0].Date);
        }

        [Fact]
        public void A_category_is_not_reported_on_a_site_without_categories_nor_a_missing_one_on_any_site()
        {
            Assert.Empty(Read("_publications/paper.md", "---\ntitle: A\ndate: 2021\ncategory: journal\n---\n", CategoryNames.Empty).Diagnostics);
            Assert.Empty(Read("_publications/paper.md", "---\ntitle: A\ndate: 2021\n---\n").Diagnostics);
        }

        private static string Message(Model.SourceFile file, int index) =>
            file.Diagnostics[index].ToDiagnostic().GetMessage(CultureInfo.InvariantCulture);

        private static string At(string file, int start, int length) => Text(file).Substring(start, length);
    }
}
