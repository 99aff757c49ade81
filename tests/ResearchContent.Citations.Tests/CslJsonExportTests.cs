using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Json.Schema;
using Xunit;

namespace ResearchContent.Citations.Tests
{
    public sealed class CslJsonExportTests
    {
        private static readonly Lazy<JsonSchema> Schema = new(() =>
            JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", "csl-data.json"))));

        [Fact]
        public void Export_is_valid_against_the_csl_data_schema()
        {
            AssertValid(Export.ToCslJson(ReferencePublications.All));
        }

        [Fact]
        public void Every_kind_suffixes_and_notes_are_valid_against_the_csl_data_schema()
        {
            AssertValid(Export.ToCslJson(OtherKindPublications.All));
        }

        [Theory]
        [InlineData("wang2019insar", "paper-conference", "container-title", "Proceedings of the IEEE International Geoscience and Remote Sensing Symposium")]
        [InlineData("tapponnier2018active", "book", null, null)]
        [InlineData("wei2020source", "chapter", "container-title", "Geodetic Imaging of Active Faults")]
        [InlineData("zhang2022deep", "thesis", "publisher", "Southern University of Science and Technology")]
        [InlineData("ren2021slip", "report", "publisher", "U.S. Geological Survey")]
        public void Each_kind_has_its_type_and_its_container_under_the_csl_name(string key, string type, string? member, string? container)
        {
            using var document = JsonDocument.Parse(Export.ToCslJson(new[] { OtherKindPublications.ByKey(key) }));
            var item = document.RootElement[0];

            Assert.Equal(type, item.GetProperty("type").GetString());
            foreach (var name in new[] { "container-title", "publisher" })
            {
                Assert.Equal(name == member ? container : null, item.TryGetProperty(name, out var value) ? value.GetString() : null);
            }

            Assert.Equal(type == "thesis" ? "PhD thesis" : null, item.TryGetProperty("genre", out var genre) ? genre.GetString() : null);
        }

        [Fact]
        public void Writes_an_author_suffix_and_the_note()
        {
            using var document = JsonDocument.Parse(Export.ToCslJson(new[] { OtherKindPublications.SuffixAndNote }));
            var item = document.RootElement[0];

            Assert.Equal("article-journal", item.GetProperty("type").GetString());
            Assert.Equal(
                new[] { "Anderson/Robert E./Jr.", "Wang/T./" },
                item.GetProperty("author").EnumerateArray().Select(a =>
                    a.GetProperty("family").GetString() + "/" + a.GetProperty("given").GetString() + "/" + (a.TryGetProperty("suffix", out var suffix) ? suffix.GetString() : string.Empty)));
            Assert.Equal("Invited feature paper", item.GetProperty("note").GetString());
        }

        [Fact]
        public void Empty_export_is_a_valid_empty_array()
        {
            var json = Export.ToCslJson(Array.Empty<Publication>());
            Assert.Equal("[]\n", json);
            AssertValid(json);
        }

        [Fact]
        public void The_validator_rejects_what_the_schema_forbids()
        {
            // Guards the validity test itself: a schema that silently accepted everything would pass it too.
            using var invalid = JsonDocument.Parse("[{\"id\": \"x\", \"type\": \"journal-article\", \"author\": \"Wang\"}]");
            var result = Schema.Value.Evaluate(invalid.RootElement);
            Assert.False(result.IsValid);
        }

        [Fact]
        public void Writes_every_field_under_its_csl_name()
        {
            using var document = JsonDocument.Parse(Export.ToCslJson(ReferencePublications.All));
            var items = document.RootElement.EnumerateArray().ToArray();
            Assert.Equal(4, items.Length);

            var wang = items[3];
            Assert.Equal("wang2020space", wang.GetProperty("id").GetString());
            Assert.Equal("article-journal", wang.GetProperty("type").GetString());
            Assert.Equal(
                new[] { "Wang/T.", "Jiao/L.", "Tapponnier/P.", "Shi/X.", "Wei/S." },
                wang.GetProperty("author").EnumerateArray().Select(a => a.GetProperty("family").GetString() + "/" + a.GetProperty("given").GetString()));
            Assert.Equal(ReferencePublications.Wang.Citation.Title, wang.GetProperty("title").GetString());
            Assert.Equal(ReferencePublications.Wang.Title.Zh, wang.GetProperty("original-title").GetString());
            Assert.Equal(2020, wang.GetProperty("issued").GetProperty("date-parts")[0][0].GetInt32());
            Assert.Equal("Geophysical Research Letters", wang.GetProperty("container-title").GetString());
            Assert.Equal("47", wang.GetProperty("volume").GetString());
            Assert.Equal("e2020GL090206", wang.GetProperty("number").GetString());
            Assert.Equal("10.1029/2020GL090206", wang.GetProperty("DOI").GetString());
            Assert.Equal("https://www.doi.org/10.1029/2020GL090206", wang.GetProperty("URL").GetString());
            Assert.False(wang.TryGetProperty("page", out _));

            var xu = items[1];
            Assert.Equal("June", xu.GetProperty("issue").GetString());
            Assert.Equal("1-11", xu.GetProperty("page").GetString());
        }

        [Fact]
        public void Escapes_strings_so_any_text_round_trips()
        {
            const string awkward = "quote \" backslash \\ slash / tab \t newline \n return \r nul \0 bell \u0007 sep \u2028 é 凯库拉 😀";
            var publication = new Publication
            {
                Key = "key \"1\"",
                Citation = new Citation { Title = awkward, Container = "J", Authors = ReferencePublications.Authors(("O'Brien", "\\M.", false)) },
            };

            var json = Export.ToCslJson(new[] { publication });
            AssertValid(json);
            using var document = JsonDocument.Parse(json);
            var item = document.RootElement[0];
            Assert.Equal(awkward, item.GetProperty("title").GetString());
            Assert.Equal("key \"1\"", item.GetProperty("id").GetString());
            Assert.Equal("\\M.", item.GetProperty("author")[0].GetProperty("given").GetString());
            Assert.DoesNotContain('\u2028', json);
        }

        private static void AssertValid(string json)
        {
            using var document = JsonDocument.Parse(json);
            var result = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            var errors = (result.Details ?? new System.Collections.Generic.List<EvaluationResults>()).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + ": " + e.Value));
            Assert.True(result.IsValid, string.Join("\n", errors) + "\n" + json);
        }
    }
}
