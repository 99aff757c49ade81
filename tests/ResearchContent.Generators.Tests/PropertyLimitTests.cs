using ResearchContent.Generators.Emit;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Primitives;
using Xunit;

namespace ResearchContent.Generators.Tests
{
    /// <summary>
    /// The runtime loads no class with more than 65,535 methods, and each publication's property is one: a catalog of
    /// 100,000 publications built, then failed to load (measured with tests/ResearchContent.Scale). Publications past
    /// <see cref="GeneratedNames.PropertyLimit"/> are stored, and found with TryGet, but get no property (RC3003).
    /// </summary>
    public sealed class PropertyLimitTests
    {
        [Fact]
        public void A_chunk_below_the_limit_has_a_property_per_publication()
        {
            var source = ChunkEmitter.Emit(Chunk(GeneratedNames.PropertyLimit - 64));

            Assert.Contains("public static global::ResearchContent.Publication Paper2021Limit =>", source);
            Assert.Contains("internal static global::System.ReadOnlySpan<byte> Chunk", source);
        }

        [Fact]
        public void A_chunk_past_the_limit_stores_its_publications_without_properties()
        {
            var source = ChunkEmitter.Emit(Chunk(GeneratedNames.PropertyLimit));

            Assert.DoesNotContain("public static global::ResearchContent.Publication", source);
            Assert.Contains("paper2021limit", source);
        }

        [Fact]
        public void The_stored_data_is_a_nested_class_so_its_members_do_not_count_against_the_catalogs()
        {
            var source = ChunkEmitter.Emit(Chunk(0));

            Assert.Contains("private static partial class StoredData", source);
        }

        private static PublicationChunk Chunk(int first) => new(
            first / 64,
            first,
            new[] { new PublicationModel { Key = "paper2021limit", PropertyName = "Paper2021Limit", Label = "2021-#1", Year = 2021, TitleEn = "Limit", CitationText = "Doe, J. (2021), Limit, J, 1, 1.", CitationUrl = "https://doi.org/10.1/x", SourcePath = "content/p.md", SourceLine = 1 } }.ToEquatableArray());
    }
}
