using FsCheck;
using FsCheck.Fluent;
using static ResearchContent.Fuzz.Inputs.Generation.TextGen;
using static ResearchContent.Fuzz.Inputs.Generation.TextParts;

namespace ResearchContent.Fuzz.Inputs.Generation
{
    /// <summary>
    /// Publications pages (docs/diagnostics.md's entry shape): front matter, entries of a label, a centred header block,
    /// abstract paragraphs and figures, separated by '---' lines; each part sometimes missing, broken or out of place.
    /// </summary>
    internal static class PageGen
    {
        private static readonly Gen<string> Label = Gen.Frequency(
            (10, Concat(Gen.Constant("<b>"), Year, Gen.Constant("-#"), Gen.Choose(1, 12).Select(n => n.ToString()), Literal("</b>  ", "</b>", "</b>\t"))),
            (1, Literal("<b>2021-2</b>", "<b>2021-#</b>", "<b>-#3</b>", "<b>2021-#3", "2021-#3", "<B>2021-#03</B>", "<b><b>2021-#1</b></b>", "<b>2021-#1</b><b>2021-#2</b>", "<b>2021‐#1</b>")));

        private static readonly Gen<string> KeyComment = Literal(
            "<!-- key: zhang2021selective -->", "<!-- key: -->", "<!-- key: 2021 bad key -->", "<!-- key: publications -->",
            "<!--key:x-->", "<!-- key: a -->\n<!-- key: b -->", "<!-- unterminated", "<!-- key: \uD800 -->");

        private static readonly Gen<string> Anchor = Concat(
            Literal("<a", "<A", "<a "), Attribute("href", Url), Literal(">", " target=\"_blank\">", ""), CitationGen.Citation, Literal("</a>", "", "</a></a>", "</b>"));

        private static readonly Gen<string> Header = Concat(
            Literal("<div style=\"text-align: center;\">\n", "<div style='text-align:center'>\n", "<div>\n", "<center>\n", ""),
            Usually(Concat(Gen.Constant("<b>"), Text, Literal("</b>  \n", "</b>\n"))),
            Usually(Concat(Gen.Constant("<br><b>"), Text, Literal("</b>  \n", "\n")), Gen.Constant(string.Empty)),
            Usually(Concat(Gen.Constant("<br>"), Anchor, Gen.Constant("\n")), Gen.Constant(string.Empty)),
            Usually(Gen.Constant("</div>\n"), Literal("", "</div></div>\n", "</span>\n", "<div>\n")));

        private static readonly Gen<string> Figure = Concat(
            Literal("<div style=\"text-align: center;\"> ", "<p>", ""), Gen.Constant("<img"),
            Usually(Attribute("src", Literal("/images/figure.png", "images/a b.png", "", "https://example.org/x.jpg", "/images/地图.png"))),
            Usually(Attribute("alt", Text)),
            Usually(Attribute("width", Literal("500", "900", "0", "-1", "wide", "99999999999", "50%"))),
            Literal(">", "/>", ""), Gen.Constant(" <br>"), Text, Gen.Constant("\n<br>"), Text, Literal("</div>", "</p>", ""));

        private static readonly Gen<string> Oddity = Literal(
            "# Heading", "```\ncode\n```", "> quote", "- item\n- item", "| a | b |\n|---|---|", "<script>alert(1)</script>", "<table><tr><td>x",
            "</div>", "<div><span></div></span>", "    indented code", "[link](javascript:x)", "![img](x.png)", "<?xml version='1.0'?>", "<![CDATA[ x ]]>");

        private static readonly Gen<string> Entry = Concat(
            Usually(Concat(Label, Gen.Constant("\n")), Gen.Constant(string.Empty)),
            Usually(Gen.Constant(string.Empty), KeyComment.Select(c => c + "\n")),
            Usually(Header, Gen.Constant(string.Empty), Oddity.Select(o => o + "\n")),
            Join("\n\n", Usually(Text, Figure, Oddity), 0, 4),
            Gen.Constant("\n"));

        private static readonly Gen<string> Separator = Gen.Frequency(
            (20, Gen.Constant("\n---\n\n")),
            (1, Literal("\n --- \n", "\n---\n", "---\n", "\n-----\n", "\n- - -\n", "\n***\n", "\n---\t\n", "\n—\n", "\n---\n---\n", "\r\n---\r\n")));

        private static readonly Gen<string> FrontMatter = Gen.Frequency(
            (6, Concat(
                Gen.Constant("---\n"),
                Join("\n", Literal("layout: archive", "title: \"Research\"", "permalink: /publications/", "author_profile: true", "title: 'It''s'", "title: [unclosed", "title: {a: b}", "key: value: other", "- list", "keys:\n  2021-#1: zhang2021selective\n  2021-#2: \"bad key\"", "collection: publications", "---", "...", "? complex\n: key", "&a x: *a", "title: |\n  block\n  text", "\ttab: indented"), 0, 6),
                Literal("\n---\n", "\n...\n", "\n--- \n", "\n"))),
            (3, Gen.Constant(string.Empty)),
            (1, Literal("---\n---\n", "---\n", "--- \ntitle: x\n---\n", "\uFEFF---\ntitle: x\n---\n")));

        private static readonly Gen<string> Trailer = Literal(string.Empty, string.Empty, "\n----------\n# Publications\n", "\n----\n<b>2021-#1</b>\n", "\n----------\n");

        public static readonly Gen<string> Page = Concat(FrontMatter, Join("\n---\n\n", Entry, 0, 6).SelectMany(entries => Separator.Select(s => entries.Replace("\n---\n\n", s))), Trailer);
    }
}
