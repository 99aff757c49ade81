using FsCheck;
using FsCheck.Fluent;
using static ResearchContent.Fuzz.Inputs.Generation.TextGen;
using static ResearchContent.Fuzz.Inputs.Generation.TextParts;

namespace ResearchContent.Fuzz.Inputs.Generation
{
    /// <summary>
    /// BibTeX files (docs/sources-bibtex.md): entries with braced, quoted, numeric and macro values, concatenation,
    /// LaTeX accents and commands, @string, @comment and @preamble, and every way of leaving something unclosed.
    /// </summary>
    internal static class BibTeXGen
    {
        private static readonly Gen<string> LaTeX = Literal(
            "{\\\"o}", "\\'e", "{\\c c}", "\\ss{}", "$x^2$", "$\\alpha$", "\\textbf{bold}", "\\emph{x}", "{\\relax}", "\\unknowncommand",
            "--", "---", "~", "\\&", "\\%", "{{UNet}}", "\\", "{\\", "$", "\\url{https://x}", "\\v{s}", "{\\i}", "\\\\");

        private static readonly Gen<string> Content = Sized(Gen.Frequency((8, Word), (2, LaTeX), (1, Literal("{", "}", "\"", "@", "%", ",", "=", "#"))));

        private static readonly Gen<string> Value = Gen.Frequency(
            (8, Content.Select(c => "{" + c + "}")),
            (3, Content.Select(c => "\"" + c.Replace("\"", "{\"}") + "\"")),
            (2, Gen.Choose(0, 3000).Select(n => n.ToString())),
            (1, Literal("aps", "jan", "undefinedmacro", "aps # \" and \" # jan", "{a} # {b}")),
            (1, Literal("{unclosed", "\"unclosed", "{{{{deep}}}}", "{}", "\"\"", "", "{a}}", "{\\}")));

        private static readonly Gen<string> FieldName = Gen.Frequency(
            (10, Literal("title", "author", "year", "journal", "volume", "pages", "doi", "url", "abstract", "month", "booktitle", "publisher", "abbr", "selected", "html", "pdf")),
            (1, Literal("Title", "TITLE", "x-field", "", "= ", "title title", "\uD800")));

        private static readonly Gen<string> Field = Gen.Frequency(
            (12, Concat(FieldName, Literal(" = ", "=", " =\n  "), Value)),
            (1, Literal("author = {Zhang, Qi and Wang, Teng and others}", "author = {{World Health Organization}}", "author = {and and}", "author = {van der Berg, Jr, Jan}", "doi = {10.1000/x}", "year = {20x1}", "month = aug")));

        private static readonly Gen<string> Entry = Concat(
            Gen.Constant("@"), Literal("article", "inproceedings", "book", "misc", "phdthesis", "ARTICLE", "unknowntype", "techreport", "online", ""),
            Literal("{", "(", " {", ""),
            Gen.Frequency((10, Literal("zhang2021selective", "wang2024insar", "key", "k:1", "a-b")), (1, Literal("", "bad key", "ключ", "{", "title = {x}"))),
            Literal(",\n  ", ",", "\n  ", ", "),
            Join(",\n  ", Field, 0, 10),
            Literal("\n}\n", ",\n}\n", ")\n", "\n", "}}\n", "\n}", ""));

        private static readonly Gen<string> Item = Gen.Frequency(
            (10, Entry),
            (2, Concat(Gen.Constant("@string{"), Literal("aps", "jan", "m", "self"), Gen.Constant(" = "), Value, Gen.Constant("}\n"))),
            (1, Literal("@string{self = self # self}\n", "@string{a = b}\n@string{b = a}\n", "@preamble{\"\\newcommand{\\x}{y}\"}\n", "@comment{ @article{hidden, title={x}} }\n", "@comment{unclosed\n", "% a line comment\n", "junk text with an e-mail a@b.c\n", "@\n", "@ article{x, title={y}}\n")));

        public static readonly Gen<string> File = Join("\n", Item, 0, 8);
    }
}
