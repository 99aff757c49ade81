using System.Text.RegularExpressions;
using ResearchContent.Generators.Sources.Citations;
using Xunit;

namespace ResearchContent.Generators.Tests.Citations
{
    /// <summary>
    /// The guards that skip a citation expression's search must never say no where the expression would match:
    /// their case-insensitive literals rest on which characters IgnoreCase matches to ASCII letters.
    /// </summary>
    public sealed class LiteralGuardTests
    {
        [Fact]
        public void Only_the_Kelvin_sign_matches_an_ASCII_letter_that_OrdinalIgnoreCase_does_not()
        {
            for (var letter = 'a'; letter <= 'z'; letter++)
            {
                var regex = new Regex(letter.ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
                for (var c = 128; c <= char.MaxValue; c++)
                {
                    var text = ((char)c).ToString();
                    if (regex.IsMatch(text))
                    {
                        Assert.True(c == '\u212A' || Literal.InAnyCase(text, letter.ToString()), $"U+{c:X4} matches '{letter}'");
                    }
                }
            }
        }

        [Theory]
        [InlineData("Lin\u212A", "link")]
        [InlineData("WWW.example", "www.")]
        public void Any_case_finds_what_IgnoreCase_matches(string text, string literal) => Assert.True(Literal.InAnyCase(text, literal));

        [Theory]
        [InlineData("a  b", true)]
        [InlineData("a\tb", true)]
        [InlineData("a\u00A0b", true)]
        [InlineData("a b c", false)]
        [InlineData(" a b ", false)]
        public void Whitespace_to_collapse_is_what_the_expression_would_change(string text, bool expected)
        {
            Assert.Equal(expected, Literal.HasWhitespaceToCollapse(text));
            Assert.Equal(!expected, Regex.Replace(text, @"\s+", " ") == text);
        }
    }
}
