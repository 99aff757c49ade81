using FsCheck;
using FsCheck.Fluent;
using static ResearchContent.Fuzz.Inputs.Generation.TextGen;
using static ResearchContent.Fuzz.Inputs.Generation.TextParts;

namespace ResearchContent.Fuzz.Inputs.Generation
{
    /// <summary>
    /// academicpages collection files (docs/sources-collection.md): YAML front matter with the collection's fields in
    /// every quoting, and a Markdown body; sometimes no front matter, an unclosed one, or '---' lines in odd places.
    /// </summary>
    internal static class CollectionGen
    {
        /// <summary>A YAML scalar: plain, single- or double-quoted, a block scalar, or something that is no scalar.</summary>
        private static readonly Gen<string> Scalar = Text.SelectMany(t => Literal(
            t, "'" + t.Replace("'", "''") + "'", "\"" + t.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"", "|\n  " + t, ">-\n  " + t,
            "\"" + t, "'" + t, "[" + t + "]", "{" + t + "}", "", "~", "null", "&anchor " + t, "*anchor", "!!binary " + t, "- " + t, t + " # comment"));

        private static readonly Gen<string> Field = Gen.Frequency(
            (3, Scalar.Select(v => "title: " + v)),
            (2, Literal("collection: publications", "collection: 'publications'", "collection: talks")),
            (2, Literal("category: manuscripts", "category: conferences", "category: books", "category: unknown", "category: [a, b]")),
            (2, Year.Select(y => "date: " + y + "-05-12")),
            (1, Literal("date: 2021-13-45", "date: yesterday", "date: 2021-02-30", "date: '2021'", "date: 2021-05-12T10:00:00Z", "date: ")),
            (2, Scalar.Select(v => "venue: " + v)),
            (2, CitationGen.Citation.Select(c => "citation: '" + c.Replace("'", "''") + "'")),
            (1, Url.Select(u => "paperurl: '" + u + "'")),
            (1, Doi.Select(d => "doi: " + d)),
            (1, Literal("key: zhang2021selective", "key: '2021 bad'", "key: publications", "key: ")),
            (1, Scalar.Select(v => "excerpt: " + v)),
            (1, Literal("permalink: /publication/x", "slidesurl: 'javascript:x'", "bibtexurl: ''", "selected: true", "authors: [A, B]", "title: dup\ntitle: dup")),
            (1, Literal("---", "...", "  indented: x", "\tbad: tab", ": no key", "key without value", "<<: *base")));

        private static readonly Gen<string> FrontMatter = Gen.Frequency(
            (10, Concat(Gen.Constant("---\n"), Join("\n", Field, 0, 10), Literal("\n---\n", "\n...\n", "\n---   \n"))),
            (1, Literal(string.Empty, "---\ntitle: never closed\n", "---\n---\n", "\uFEFF---\ntitle: x\n---\n", "--- \ntitle: x\n---\n", "---\r\ntitle: x\r\n---\r\n")));

        private static readonly Gen<string> Body = Join("\n\n", Usually(Text, Literal("---", "----", "<b>2021-#1</b>", "# Heading", "<div>", "Recommended citation: x")), 0, 4);

        public static readonly Gen<string> File = Concat(FrontMatter, Body);

        public static readonly Gen<string> FileName = Year.SelectMany(y => Literal(y + "-05-12-paper.md", "paper.md", "x.markdown", "论文.md", "a b.md"));
    }
}
