using System.Linq;
using Xunit;
using static ResearchContent.Generators.Tests.Pages.Diagnostics.DiagnosticAssertions;

namespace ResearchContent.Generators.Tests.Pages.Diagnostics
{
    /// <summary>Keys: derived keys that collide are made unique (RC3002) and never break the build; explicit keys that collide or cannot be keys are errors (RC1007, RC1008), in the page and in its front matter.</summary>
    public sealed class KeyDiagnosticTests
    {
        [Fact]
        public void RC3002_derived_keys_that_collide_are_made_unique_in_label_order()
        {
            // Xu, 2021, "Small …" twice: both derive xu2021small. 2021-#1 was numbered first, so it keeps the key,
            // although it stands below 2021-#2 on the page.
            var second = SamplePage.Xu
                .Replace("<b>2021-#2</b>", "<b>2021-#1</b>")
                .Replace("Small Fractures Caused by the 2019 Ridgecrest Earthquake Sequence", "Small Earthquakes Seen by Sentinel-1")
                .Replace("/images/xuandong.png", "/images/research_33_1.png")
                .Replace("alt=\"Strain fields of marble samples\"", "alt=\"Interferograms of small earthquakes\"")
                .Replace("10.3389/feart.2021.672809", "10.3389/feart.2021.672810");
            var page = SamplePage.Of(SamplePage.Zhang, SamplePage.Xu, second);

            var run = SamplePage.Run(page);

            // At the label of the entry whose key changed.
            var diagnostic = Single(run, "RC3002", 22, 1);
            Assert.Equal(
                "The key 'xu2021small' derived for '2021-#2' is already taken by '2021-#1' (content/publications.md(38)), so '2021-#2' gets the key 'xu2021smallb'. To choose the keys yourself, set them with '<!-- key: … -->'.",
                diagnostic.GetMessage());
            Assert.False(run.Fails);
            Assert.Equal(new[] { "zhang2021selective", "xu2021smallb", "xu2021small" }, run.Catalog().Publications.Select(p => p.Key));
        }

        [Fact]
        public void RC3002_a_paper_added_with_a_higher_number_never_changes_an_older_key()
        {
            var older = SamplePage.Xu;
            var newer = SamplePage.Xu
                .Replace("<b>2021-#2</b>", "<b>2021-#4</b>")
                .Replace("Small Fractures Caused by the 2019 Ridgecrest Earthquake Sequence", "Small Earthquakes Seen by Sentinel-1")
                .Replace("/images/xuandong.png", "/images/research_33_1.png")
                .Replace("alt=\"Strain fields of marble samples\"", "alt=\"Interferograms of small earthquakes\"")
                .Replace("10.3389/feart.2021.672809", "10.3389/feart.2021.672810");

            var before = SamplePage.Run(SamplePage.Of(SamplePage.Zhang, older)).Catalog();
            var after = SamplePage.Run(SamplePage.Of(newer, SamplePage.Zhang, older)).Catalog();

            Assert.Equal("xu2021small", before.Publications.Single(p => p.Label == "2021-#2").Key);
            Assert.Equal("xu2021small", after.Publications.Single(p => p.Label == "2021-#2").Key);
            Assert.Equal("xu2021smallb", after.Publications.Single(p => p.Label == "2021-#4").Key);
        }

        [Fact]
        public void RC3002_a_derived_key_that_a_hand_written_key_took_is_made_unique()
        {
            var page = SamplePage.Of(
                SamplePage.Zhang,
                SamplePage.Xu,
                SamplePage.Wang.Replace("<b>2020-#1</b>  \n", "<b>2020-#1</b>  \n<!-- key: xu2021small -->\n"));

            var run = SamplePage.Run(page);

            Assert.Contains("is already taken by '2020-#1'", Single(run, "RC3002", 22, 1).GetMessage());
            Assert.False(run.Fails);
            Assert.Equal(new[] { "zhang2021selective", "xu2021smallb", "xu2021small" }, run.Catalog().Publications.Select(p => p.Key));
        }

        [Fact]
        public void RC1007_an_explicit_key_that_another_explicit_key_already_has()
        {
            var page = SamplePage.Of(
                SamplePage.Zhang,
                SamplePage.Xu.Replace("<b>2021-#2</b>  \n", "<b>2021-#2</b>  \n<!-- key: xu2021small -->\n"),
                SamplePage.Wang.Replace("<b>2020-#1</b>  \n", "<b>2020-#1</b>  \n<!-- key: xu2021small -->\n"));

            var run = SamplePage.Run(page);

            // Reported at the key comment, the line after the label.
            var diagnostic = Single(run, "RC1007", 40, 1);
            Assert.Contains("The key 'xu2021small' is already used by '2021-#2'", diagnostic.GetMessage());
            Assert.True(run.Fails);
            Assert.Equal(new[] { "zhang2021selective", "xu2021small" }, run.Catalog().Publications.Select(p => p.Key));
        }

        [Fact]
        public void RC1008_a_key_override_with_characters_a_key_cannot_have()
        {
            var page = SamplePage.Of(SamplePage.Zhang, SamplePage.Xu.Replace("<b>2021-#2</b>  \n", "<b>2021-#2</b>  \n<!-- key: 2021 xu small -->\n"), SamplePage.Wang);

            var run = SamplePage.Run(page);

            var diagnostic = Single(run, "RC1008", 23, 1);
            Assert.Contains("The key '2021 xu small' cannot be used: it starts with '2', not a letter", diagnostic.GetMessage());
            Assert.Contains("Choose another key: one that starts with a letter and has only letters, digits", diagnostic.GetMessage());
            AssertBrokenEntryLeftOut(run, "xu2021small");
        }

        [Theory]
        [InlineData("publications", "Publications")]
        [InlineData("try-get", "TryGet")]
        [InlineData("key-table", "KeyTable")]
        [InlineData("get", "Get")]
        [InlineData("stored-data", "StoredData")]
        [InlineData("page-data", "PageData")]
        [InlineData("research-catalog", "ResearchCatalog")]
        public void RC1008_a_key_whose_property_would_hide_a_member_of_the_catalog(string key, string property)
        {
            var page = SamplePage.Of(SamplePage.Zhang, SamplePage.Xu.Replace("<b>2021-#2</b>  \n", "<b>2021-#2</b>  \n<!-- key: " + key + " -->\n"), SamplePage.Wang);

            var run = SamplePage.Run(page);

            var diagnostic = Single(run, "RC1008", 23, 1);
            Assert.Contains($"The key '{key}' cannot be used: its property '{property}' would hide a member of ResearchCatalog. Choose another key", diagnostic.GetMessage());
            AssertBrokenEntryLeftOut(run, key);
            Assert.Equal(2, run.Catalog().Publications.Count);
        }

        /// <summary>The stored blocks and the switches that find them are members of a nested class: a key may be named like one.</summary>

        [Fact]
        public void A_key_named_like_a_stored_block_is_a_property_like_any_other()
        {
            var page = SamplePage.Of(SamplePage.Zhang, SamplePage.Xu.Replace("<b>2021-#2</b>  \n", "<b>2021-#2</b>  \n<!-- key: chunk0 -->\n"), SamplePage.Wang);

            var run = SamplePage.Run(page);

            Assert.False(run.Fails, run.Describe());
            Assert.Equal("chunk0", run.Catalog().Property("Chunk0").Key);
            Assert.True(run.Catalog().TryGet("chunk0", out var paper));
            Assert.Equal("2021-#2", paper!.Label);
        }

        [Fact]
        public void The_front_matter_keys_mapping_overrides_a_derived_key()
        {
            var page = SamplePage.Of(SamplePage.Zhang, SamplePage.Xu, SamplePage.Wang)
                .Replace("permalink: /publications/\n", "permalink: /publications/\nkeys:\n  \"2021-#3\": zhang2021masknet\n");

            var run = SamplePage.Run(page);

            Assert.Empty(run.GeneratorDiagnostics);
            var catalog = run.Catalog();
            Assert.True(catalog.HasProperty("Zhang2021Masknet"));
            Assert.False(catalog.HasProperty("Zhang2021Selective"));
            Assert.Equal("2021-#3", catalog.Property("Zhang2021Masknet").Label);
            Assert.Equal(new[] { "zhang2021masknet", "xu2021small", "wang2020space" }, catalog.Publications.Select(p => p.Key));
        }

        [Fact]
        public void A_front_matter_key_that_collides_with_a_hand_written_key_is_reported_at_the_mapping()
        {
            var page = SamplePage.Of(SamplePage.Zhang.Replace("<b>2021-#3</b>  \n", "<b>2021-#3</b>  \n<!-- key: zhang2021selective -->\n"), SamplePage.Xu, SamplePage.Wang)
                .Replace("permalink: /publications/\n", "permalink: /publications/\nkeys:\n  \"2020-#1\": zhang2021selective\n");

            var run = SamplePage.Run(page);

            // Line 6 of the page, at the value after '"2020-#1": '.
            var diagnostic = Single(run, "RC1007", 6, 14);
            Assert.Contains("The key 'zhang2021selective' is already used by '2021-#3'", diagnostic.GetMessage());
            Assert.True(run.Fails);
            Assert.Equal(new[] { "zhang2021selective", "xu2021small" }, run.Catalog().Publications.Select(p => p.Key));
        }
    }
}
