using Microsoft.CodeAnalysis.Text;
using ResearchContent.Generators.Primitives;
using Xunit;

namespace ResearchContent.Generators.Tests.Reliability
{
    /// <summary>
    /// Readers count lines at CR and LF; the compiler also at U+0085, U+2028 and U+2029. Every offset must come out on
    /// the line and column the compiler's own <see cref="SourceText"/> gives it.
    /// </summary>
    public sealed class FileLinesTests
    {
        [Theory]
        [InlineData("a\u2028b\nc")]
        [InlineData("\u2029")]
        [InlineData("x\r\n\u0085\u2028y\rz\u2029")]
        [InlineData("plain\nlines\r\nonly")]
        [InlineData("")]
        [InlineData("\u2028\n\u2028\r\n")]
        public void Every_offset_is_placed_where_the_compiler_counts_it(string text)
        {
            var lines = FileLines.Of(text);
            var compiler = SourceText.From(text).Lines;

            for (var offset = 0; offset <= text.Length; offset++)
            {
                Assert.Equal(compiler.GetLinePosition(offset), lines.CompilerPosition(offset));
            }
        }

        [Fact]
        public void Readers_lines_and_columns_still_find_their_offset()
        {
            var lines = FileLines.Of("title\u2028more\nnext");

            Assert.Equal(6, lines.Offset(0, 6));
            Assert.Equal(11, lines.Offset(1, 0));
            Assert.Equal(new LinePosition(1, 0), lines.CompilerPosition(6));
            Assert.Equal(new LinePosition(2, 0), lines.CompilerPosition(11));
        }
    }
}
