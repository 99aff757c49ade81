using FsCheck;
using FsCheck.Fluent;
using static ResearchContent.Fuzz.Inputs.Generation.TextGen;

namespace ResearchContent.Fuzz.Inputs.Generation
{
    /// <summary>The pieces of text every generated file is made of: words in several scripts, entities, odd characters.</summary>
    internal static class TextParts
    {
        /// <summary>A word: Latin, CJK, right-to-left, emoji, combining marks, controls and format characters.</summary>
        public static readonly Gen<string> Word = Gen.Frequency(
            (10, Literal("Earthquake", "InSAR", "deformation", "fault", "Sentinel-1", "the", "of", "Ridgecrest", "2019", "Mw", "7.8", "Kaikōura", "Ü", "naïve")),
            (4, Literal("地震", "形变", "断层几何", "基于深度学习", "（InSAR）", "，", "。", "：", "地表小裂隙")),
            (2, Literal("زلزال", "רעידת אדמה", "\u202Ereversed\u202C", "\u200Fمرحبا\u200E")),
            (2, Literal("🌋", "🧪🔬", "👩\u200D🔬", "🇳🇿", "\U0001F600")),
            (2, Literal("e\u0301", "a\u0308\u0308\u0308", "\u0301start", "Z\u0335\u0336\u0337", "ﬁ", "Ａ")),
            (1, Literal("\t", "\u00A0", "\u2028", "\u2029", "\u0085", "\u000B", "\f", "\u200B", "\uFEFF", "\0", "\u0007", "\uFFFE", "\uFFFF", "\uFDD0")),
            (1, Literal("\uD800", "\uDC00", "\uDBFF\uDBFF", "\uDFFFx")));

        /// <summary>HTML character references, well formed and not.</summary>
        public static readonly Gen<string> Entity = Literal(
            "&amp;", "&lt;", "&gt;", "&quot;", "&nbsp;", "&ndash;", "&#x4E2D;", "&#20013;", "&#0;", "&#xD800;", "&#99999999;",
            "&bogus;", "&amp", "&", "&#;", "&#x;", "&#x110000;", "&AMP;");

        /// <summary>Text: words, entities and inline markup.</summary>
        public static readonly Gen<string> Text = Sized(Gen.Frequency(
            (12, Word),
            (2, Entity),
            (1, Literal("<i>", "</i>", "<sup>2</sup>", "<sub>", "<b>", "</b>", "<br>", "<em>x</em>", "<", ">", "\"", "'", "`", "*", "_", "[", "](", "\\"))));

        public static readonly Gen<string> Year = Gen.Frequency(
            (8, Gen.Choose(1990, 2030).Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            (1, Literal("0", "1899", "2100", "99999999999", "-1", "２０２１", "")));

        public static readonly Gen<string> Doi = Gen.Frequency(
            (6, Gen.Choose(1000, 1100).Select(n => "10." + n + "/journal." + n * 7 % 1000)),
            (1, Literal("10.3389/feart.2021.672809", "10.1029/2019GL086(5)", "10.<b>1</b>/x", "10.", "not a doi", "10.1000/\uD800")));

        /// <summary>A link address: DOI, publisher, and ones the generator must refuse.</summary>
        public static readonly Gen<string> Url = Gen.Frequency(
            (6, Doi.Select(d => "https://doi.org/" + d)),
            (2, Literal("https://ieeexplore.ieee.org/document/9516966", "http://example.org/paper?a=1&b=2", "https://例え.jp/论文")),
            (1, Literal("javascript:alert(1)", "/files/paper.pdf", "", " ", "https://", "data:text/html,<b>", "https://doi.org/10.1/\"x", "mailto:a@b")));

        /// <summary>A quoted attribute value in every quoting: double, single, none, with spaces around '='.</summary>
        public static Gen<string> Attribute(string name, Gen<string> value) => value.SelectMany(v => Literal(
            $" {name}=\"{v}\"", $" {name}='{v}'", $" {name}={v}", $" {name} = \"{v}\"", $" {name}", $" {name}=\"{v}", $" {name}=\"{v}\" {name}=\"x\"", $" {name.ToUpperInvariant()}=\"{v}\""));
    }
}
