using System;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using ResearchContent.Site.Tests.Infrastructure;

namespace ResearchContent.Site.Tests
{
    /// <summary>The citation downloads parse and hold the catalog's publications.</summary>
    public sealed class DownloadTests : IClassFixture<SiteFactory>
    {
        private static readonly string[] ReferenceKeys = { "zhang2021selective", "xu2021small", "luo2021deriving", "wang2020space" };

        private readonly HttpClient _client;

        public DownloadTests(SiteFactory factory) => _client = factory.CreateClient();

        [Fact]
        public async Task BibTeX_of_all_has_four_articles_with_the_catalog_keys()
        {
            var text = await _client.GetStringAsync("/publications.bib");

            var keys = Regex.Matches(text, @"^@(\w+)\{([^,\s]+),", RegexOptions.Multiline)
                .Select(m => (Type: m.Groups[1].Value, Key: m.Groups[2].Value))
                .ToList();
            Assert.Equal(4, keys.Count);
            Assert.All(keys, k => Assert.Equal("article", k.Type, ignoreCase: true));
            Assert.Equal(ReferenceKeys, keys.Select(k => k.Key));
            Assert.Equal(Export.ToBibTeX(ResearchCatalog.Publications), text);
            Assert.Equal(text.Count(c => c == '{'), text.Count(c => c == '}'));
        }

        [Fact]
        public async Task Ris_of_all_has_four_records()
        {
            var text = await _client.GetStringAsync("/publications.ris");

            var tags = text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length >= 5 && l[2..5] == "  -").Select(l => l[..2]).ToList();
            Assert.Equal(4, tags.Count(t => t == "TY"));
            Assert.Equal(4, tags.Count(t => t == "ER"));
            var open = false;
            foreach (var tag in tags)
            {
                if (tag == "TY")
                {
                    Assert.False(open, "TY inside a record");
                    open = true;
                }
                else
                {
                    Assert.True(open, tag + " outside a record");
                    open = tag != "ER";
                }
            }

            Assert.False(open);
            Assert.Equal(Export.ToRis(ResearchCatalog.Publications), text);
        }

        [Fact]
        public async Task Csl_json_of_all_is_an_array_of_four()
        {
            var text = await _client.GetStringAsync("/api/publications");

            using var json = JsonDocument.Parse(text);
            Assert.Equal(JsonValueKind.Array, json.RootElement.ValueKind);
            Assert.Equal(4, json.RootElement.GetArrayLength());
            Assert.Equal(ReferenceKeys, json.RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetString()));
            Assert.All(json.RootElement.EnumerateArray(), e => Assert.False(string.IsNullOrEmpty(e.GetProperty("title").GetString())));
        }

        [Theory]
        [InlineData("zhang2021selective")]
        [InlineData("xu2021small")]
        [InlineData("luo2021deriving")]
        [InlineData("wang2020space")]
        public async Task Each_publication_downloads_alone(string key)
        {
            var bib = await _client.GetStringAsync($"/publications/{key}.bib");
            var entry = Assert.Single(Regex.Matches(bib, @"^@(\w+)\{([^,\s]+),", RegexOptions.Multiline));
            Assert.Equal(key, entry.Groups[2].Value);

            var ris = await _client.GetStringAsync($"/publications/{key}.ris");
            Assert.Single(ris.Split('\n'), l => l.StartsWith("TY  -", StringComparison.Ordinal));
            Assert.Single(ris.Split('\n'), l => l.StartsWith("ER  -", StringComparison.Ordinal));

            using var json = JsonDocument.Parse(await _client.GetStringAsync($"/publications/{key}.json"));
            Assert.Equal(key, Assert.Single(json.RootElement.EnumerateArray()).GetProperty("id").GetString());
        }
    }
}
