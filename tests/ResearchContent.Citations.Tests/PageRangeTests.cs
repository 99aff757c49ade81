using Xunit;

namespace ResearchContent.Citations.Tests
{
    public sealed class PageRangeTests
    {
        [Theory]
        [InlineData("8537–51", "8537", "8551")]
        [InlineData("8537-51", "8537", "8551")]
        [InlineData("8537--51", "8537", "8551")]
        [InlineData("8537—51", "8537", "8551")]
        [InlineData("8537‐51", "8537", "8551")]
        [InlineData("8537−51", "8537", "8551")]
        [InlineData("8537 – 8551", "8537", "8551")]
        [InlineData("1--11", "1", "11")]
        [InlineData("1–11", "1", "11")]
        [InlineData("99–101", "99", "101")]
        [InlineData("2375–83", "2375", "2383")]
        [InlineData("e123–e130", "e123", "e130")]
        [InlineData("e123–30", "e123", "30")]
        [InlineData("S12–15", "S12", "15")]
        public void Splits_at_any_dash_and_expands_an_abbreviated_last_page_of_plain_numbers(string pages, string first, string last)
        {
            AssertRange(pages, first, last);
        }

        [Theory]
        [InlineData("42", "42")]
        [InlineData(" 42 ", "42")]
        [InlineData("e2020GL090206", "e2020GL090206")]
        [InlineData("8537–", "8537")]
        public void A_single_page_or_article_number_has_no_last_page(string pages, string first)
        {
            AssertRange(pages, first, null);
        }

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData("   ")]
        public void Null_or_blank_is_no_range(string? pages)
        {
            Assert.Null(PageRange.Parse(pages));
        }

        [Fact]
        public void Joins_with_the_dash_a_format_asks_for()
        {
            Assert.Equal("8537--8551", PageRange.Parse("8537–51")!.Join("--"));
            Assert.Equal("1–11", PageRange.Parse("1-11")!.Join("–"));
            Assert.Equal("e2020GL090206", PageRange.Parse("e2020GL090206")!.Join("--"));
        }

        private static void AssertRange(string pages, string first, string? last)
        {
            var range = PageRange.Parse(pages);

            Assert.NotNull(range);
            Assert.Equal(first, range!.First);
            Assert.Equal(last, range.Last);
        }
    }
}
