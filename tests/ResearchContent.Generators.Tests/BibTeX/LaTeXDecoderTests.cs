using System.Collections.Generic;
using System.Linq;
using ResearchContent.Generators.Sources.BibTeX;
using Xunit;

namespace ResearchContent.Generators.Tests.BibTeX
{
    /// <summary>LaTeX in BibTeX values, read into the Unicode text a reader sees.</summary>
    public sealed class LaTeXDecoderTests
    {
        [Theory]
        [InlineData(@"{\""o}", "ö")]
        [InlineData(@"\""{o}", "ö")]
        [InlineData(@"\""o", "ö")]
        [InlineData(@"\"" o", "ö")]
        [InlineData(@"\'{e}", "é")]
        [InlineData(@"\'e", "é")]
        [InlineData(@"\`a", "à")]
        [InlineData(@"\^{o}", "ô")]
        [InlineData(@"\~n", "ñ")]
        [InlineData(@"\=a", "ā")]
        [InlineData(@"\.z", "ż")]
        [InlineData(@"\.{I}", "İ")]
        [InlineData(@"\u{g}", "ğ")]
        [InlineData(@"\u g", "ğ")]
        [InlineData(@"\v{s}", "š")]
        [InlineData(@"\v{Z}", "Ž")]
        [InlineData(@"\H{o}", "ő")]
        [InlineData(@"\c{c}", "ç")]
        [InlineData(@"\c c", "ç")]
        [InlineData(@"{\c{S}}", "Ş")]
        [InlineData(@"\k{a}", "ą")]
        [InlineData(@"\r{u}", "ů")]
        [InlineData(@"\d{s}", "ṣ")]
        [InlineData(@"\b{k}", "ḵ")]
        [InlineData(@"\'{\i}", "í")]
        [InlineData(@"{\'\i}", "í")]
        [InlineData(@"\^{\j}", "ĵ")]
        [InlineData(@"\""{\i}", "ï")]
        [InlineData(@"\v{q}", "q̌")]
        [InlineData(@"\~{}", "~")]
        [InlineData(@"\^{}", "^")]
        [InlineData(@"\t{oo}", "o͡o")]
        public void Accents_make_letters(string latex, string text) => Assert.Equal(text, LaTeXDecoder.Decode(latex));

        [Theory]
        [InlineData(@"{\ss}", "ß")]
        [InlineData(@"Stra\ss e", "Straße")]
        [InlineData(@"{\o}", "ø")]
        [InlineData(@"\O", "Ø")]
        [InlineData(@"\l", "ł")]
        [InlineData(@"\L", "Ł")]
        [InlineData(@"\ae", "æ")]
        [InlineData(@"\AE", "Æ")]
        [InlineData(@"\oe", "œ")]
        [InlineData(@"\OE", "Œ")]
        [InlineData(@"\aa", "å")]
        [InlineData(@"{\AA}ngstr{\""o}m", "Ångström")]
        [InlineData(@"\i", "ı")]
        [InlineData(@"\j", "ȷ")]
        [InlineData(@"Vogfj{\""o}r{\dh}", "Vogfjörð")]
        public void Letter_commands_are_letters(string latex, string text) => Assert.Equal(text, LaTeXDecoder.Decode(latex));

        [Theory]
        [InlineData(@"pages 12--34", "pages 12–34")]
        [InlineData(@"yes---no", "yes—no")]
        [InlineData(@"a----b", "a—-b")]
        [InlineData(@"co-seismic", "co-seismic")]
        [InlineData(@"\& \% \$ \_ \# \{ \}", "& % $ _ # { }")]
        [InlineData(@"10~km", "10 km")]
        [InlineData(@"10\,km", "10 km")]
        [InlineData(@"J.~R.~Elliott", "J. R. Elliott")]
        [InlineData(@"``quoted''", "“quoted”")]
        [InlineData(@"Earth's", "Earth's")]
        [InlineData(@"\textendash\ \textemdash", "– —")]
        [InlineData(@"\ldots{} and", "… and")]
        [InlineData(@"line\\break", "line break")]
        [InlineData(@"hy\-phen\-ation", "hyphenation")]
        public void Dashes_escapes_spaces_and_quotes(string latex, string text) => Assert.Equal(text, LaTeXDecoder.Decode(latex));

        [Theory]
        [InlineData(@"\textit{InSAR} time series", "InSAR time series")]
        [InlineData(@"\emph{in situ}", "in situ")]
        [InlineData(@"\textbf{bold} and \textsc{Small Caps}", "bold and Small Caps")]
        [InlineData(@"{\em emphasis} {\bf bold} {\it italic}", "emphasis bold italic")]
        [InlineData(@"\mathrm{d}x", "dx")]
        [InlineData(@"{{InSAR}} and {T}{\""u}rkiye", "InSAR and Türkiye")]
        [InlineData(@"\url{https://example.org/~user/a_b}", "https://example.org/~user/a_b")]
        [InlineData(@"see \href{https://example.org}{the data}", "see the data")]
        [InlineData(@"{\noopsort{1973c}}The Title", "The Title")]
        [InlineData(@"\textsuperscript{2}", "²")]
        [InlineData(@"CO\textsubscript{2}", "CO₂")]
        [InlineData(@"\NoCaseChange{iPhone}", "iPhone")]
        public void Styles_and_protective_braces_leave_their_text(string latex, string text) => Assert.Equal(text, LaTeXDecoder.Decode(latex));

        [Theory]
        [InlineData(@"the {M}$_w$ 7.8 earthquake", "the Mw 7.8 earthquake")]
        [InlineData(@"$M_{\rm w}$ 6.4", "Mw 6.4")]
        [InlineData(@"$10^{-3}$ strain", "10⁻³ strain")]
        [InlineData(@"$\mu$m", "μm")]
        [InlineData(@"25 $^\circ$C", "25 °C")]
        [InlineData(@"25$^{\circ}$C", "25°C")]
        [InlineData(@"$\sim$30 km", "∼30 km")]
        [InlineData(@"$\pm 2$ mm/yr", "±2 mm/yr")]
        [InlineData(@"$H_2O$ and m$^2$ and s$^{-1}$", "H₂O and m² and s⁻¹")]
        [InlineData(@"$x^{ab}$", "xab")]
        [InlineData(@"$\Delta\phi$", "Δϕ")]
        [InlineData(@"$$E = mc^2$$", "E = mc²")]
        [InlineData(@"$a^{b^{c}}$", "abc")]
        public void Simple_mathematics_is_text_without_the_dollars(string latex, string text) => Assert.Equal(text, LaTeXDecoder.Decode(latex));

        [Theory]
        [InlineData("  spaced \t out\n\n words  ", "spaced out words")]
        [InlineData("{ } {}", "")]
        [InlineData("", "")]
        public void White_space_is_collapsed_and_trimmed(string latex, string text) => Assert.Equal(text, LaTeXDecoder.Decode(latex));

        [Fact]
        public void A_blank_line_stays_a_paragraph_break_where_asked()
        {
            Assert.Equal("One line still one.\n\nTwo.", LaTeXDecoder.Decode("One line\nstill one.\n \n  Two.", keepParagraphs: true));
            Assert.Equal("One. Two.", LaTeXDecoder.Decode("One.\n\nTwo."));
            Assert.Equal("One.\n\nTwo.", LaTeXDecoder.Decode(@"One.\par Two.", keepParagraphs: true));
        }

        [Fact]
        public void Unknown_commands_are_kept_without_the_backslash_and_reported_where_they_are()
        {
            var unknown = new List<UnknownLaTeXCommand>();

            var text = LaTeXDecoder.Decode(@"Uplift of \SI{5}{cm} and \foo bar \* star", unknown: unknown);

            Assert.Equal("Uplift of SI5cm and foo bar * star", text);
            Assert.Equal(
                new[] { new UnknownLaTeXCommand(10, 3, @"\SI", "SI"), new UnknownLaTeXCommand(25, 4, @"\foo", "foo"), new UnknownLaTeXCommand(34, 2, @"\*", "*") },
                unknown);
        }

        [Fact]
        public void A_lone_backslash_or_brace_loses_nothing()
        {
            Assert.Equal("end \\", LaTeXDecoder.Decode("end \\"));
            Assert.Equal("a b", LaTeXDecoder.Decode("a} b{"));
            Assert.Equal("´", LaTeXDecoder.Decode("\\'"));
        }

        [Fact]
        public void Ten_thousand_nested_braces_are_read_without_recursion()
        {
            var deep = new string('{', 10_000) + @"\""o" + new string('}', 10_000);
            var unclosedMath = "$" + string.Concat(Enumerable.Repeat("x^{", 10_000));

            Assert.Equal("ö", LaTeXDecoder.Decode(deep));
            Assert.Equal(new string('x', 10_000), LaTeXDecoder.Decode(unclosedMath));
        }

        [Fact]
        public void A_non_Latin_letter_under_an_accent_keeps_a_combining_mark()
        {
            Assert.Equal("ж\u0306", LaTeXDecoder.Decode(@"\u{ж}"));
            Assert.Equal("😀\u0301", LaTeXDecoder.Decode("\\'{😀}"));
        }
    }
}
