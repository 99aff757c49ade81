using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ResearchContent.Fuzz.Inputs
{
    /// <summary>
    /// The fixed list of hostile inputs, run before any random one: broken encodings, NUL, odd line endings, huge and
    /// deep shapes, and the exponential ones (YAML aliases, BibTeX macros) that a parser must not expand.
    /// </summary>
    internal static class HostileShapes
    {
        private const string PagePath = "content/publications.md";
        private const string CollectionPath = "_publications/2021-05-01-paper.md";
        private const string BibPath = "_bibliography/papers.bib";

        private const string Entry = "<b>2021-#1</b>\n<div style=\"text-align: center;\">\n<b>A title</b>\n<br><a href=\"https://doi.org/10.1000/x1\">Xu, A. (2021), A title, J. Geophys. Res., 9, 1-10.</a>\n</div>\nAn abstract.\n";

        private const string Collection = "---\ntitle: \"A title\"\ncollection: publications\ncategory: manuscripts\ndate: 2021-05-01\nvenue: 'Nature'\ncitation: 'Xu, A. (2021). A title. <i>Nature</i>, 1, 1-10.'\n---\nBody.\n";

        private const string Bib = "@article{xu2021title,\n  title = {A title},\n  author = {Xu, An},\n  journal = {Nature},\n  year = {2021},\n  doi = {10.1000/x1}\n}\n";

        public static IReadOnlyList<FuzzInput> All(SeedCorpus corpus)
        {
            var reference = corpus.Files.First(f => f.Path == PagePath).Decoded();
            var shapes = new List<(string Name, FuzzFile[] Files)>
            {
                ("invalid UTF-8 in the reference page", Bytes(PagePath, Utf8(reference), 0xFF, 0xC3, 0x28, 0xED, 0xA0, 0x80, 0xC0, 0xAF, 0xF4, 0x90, 0x80, 0x80)),
                ("invalid UTF-8 in a collection file", Bytes(CollectionPath, Utf8(Collection), 0xFF, 0xFE, 0x80)),
                ("invalid UTF-8 in a BibTeX file", Bytes(BibPath, Utf8(Bib), 0xC3, 0x80, 0xFF)),
                ("a UTF-16 byte-order mark and an odd number of bytes", new[] { FuzzFile.FromBytes(PagePath, new byte[] { 0xFF, 0xFE, 0x3C, 0x00, 0x62 }) }),
                ("lone surrogates in the reference page", Text(PagePath, Sprinkle(reference, "\uD800", "\uDFFF", "\uDC00\uD800"))),
                ("lone surrogates in a collection file", Text(CollectionPath, Sprinkle(Collection, "\uD800", "\uDBFF"))),
                ("lone surrogates in a BibTeX file", Text(BibPath, Sprinkle(Bib, "\uD800", "\uDFFF"))),
                ("a lone surrogate in a key comment", Text(PagePath, Entry.Replace("</b>\n<div", "</b>\n<!-- key: a\uD800b -->\n<div", StringComparison.Ordinal))),
                ("noncharacters U+FFFE and U+FFFF in every kind of file", new[] { FuzzFile.FromText(PagePath, Sprinkle(reference, "\uFFFF", "\uFFFE")), FuzzFile.FromText(CollectionPath, Sprinkle(Collection, "\uFFFF")), FuzzFile.FromText(BibPath, Sprinkle(Bib, "\uFFFE")) }),
                ("NUL characters in the reference page", Text(PagePath, Sprinkle(reference, "\0", "\0\0\0"))),
                ("NUL characters in a collection file and a BibTeX file", new[] { FuzzFile.FromText(CollectionPath, Sprinkle(Collection, "\0")), FuzzFile.FromText(BibPath, Sprinkle(Bib, "\0")) }),
                ("CR-only line endings in the reference page", Text(PagePath, reference.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\n', '\r'))),
                ("CR-only line endings in a collection file", Text(CollectionPath, Collection.Replace('\n', '\r'))),
                ("CR-only line endings in a BibTeX file", Text(BibPath, Bib.Replace('\n', '\r'))),
                ("Unicode line separators in the reference page", Text(PagePath, reference.Replace("\n\n", "\u2028\n\u0085\n\u2029", StringComparison.Ordinal))),
                ("a byte-order mark in the middle of the reference page", Text(PagePath, reference.Insert(reference.Length / 2, "\uFEFF").Replace("\n<b>", "\n\uFEFF<b>", StringComparison.Ordinal))),
                ("a byte-order mark in the middle of a collection file and a BibTeX file", new[] { FuzzFile.FromText(CollectionPath, Collection.Replace("title:", "\uFEFFtitle:", StringComparison.Ordinal)), FuzzFile.FromText(BibPath, "\uFEFF" + Bib + "\uFEFF" + Bib.Replace("xu2021", "\uFEFFxu2022", StringComparison.Ordinal)) }),
                ("a 1 MB title line in a page", Text(PagePath, Entry.Replace("A title", new string('x', 1 << 20), StringComparison.Ordinal))),
                ("a 1 MB line of spaces after a label", Text(PagePath, Entry.Replace("</b>\n", "</b>" + new string(' ', 1 << 20) + "\n", StringComparison.Ordinal))),
                ("a 1 MB title in a collection file", Text(CollectionPath, Collection.Replace("A title", new string('y', 1 << 20), StringComparison.Ordinal))),
                ("a 1 MB value in a BibTeX file", Text(BibPath, Bib.Replace("A title", new string('z', 1 << 20), StringComparison.Ordinal))),
                ("10,000-deep nested <div>s in an entry", Text(PagePath, Entry + Repeat("<div>", 10_000) + "deep" + Repeat("</div>", 10_000) + "\n")),
                ("10,000 unclosed <b>s in a header", Text(PagePath, Entry.Replace("<b>A title</b>", Repeat("<b>", 10_000) + "A title", StringComparison.Ordinal))),
                ("10,000 misnested tags", Text(PagePath, Entry + Repeat("<i><b>", 5_000) + Repeat("</i></b>", 5_000) + "\n")),
                ("10,000-deep nested tags in a collection file's body", Text(CollectionPath, Collection + Repeat("<div>", 10_000))),
                ("100,000 '---' lines in a page", Text(PagePath, Entry + Repeat("---\n", 100_000) + Entry)),
                ("100,000 '---' lines after a collection file's front matter", Text(CollectionPath, Collection + Repeat("---\n", 100_000))),
                ("100,000 '---' lines opening a page's front matter", Text(PagePath, "---\n" + Repeat("title: x\n", 10) + Repeat("---\n", 100_000))),
                ("100,000 '---' lines in a BibTeX file", Text(BibPath, Repeat("---\n", 100_000) + Bib)),
                ("billion laughs in a page's front matter", Text(PagePath, "---\n" + BillionLaughs() + "---\n" + Entry)),
                ("billion laughs in a collection file's front matter", Text(CollectionPath, "---\ntitle: t\ncollection: publications\n" + BillionLaughs() + "---\nBody.\n")),
                ("billion laughs under a page's keys", Text(PagePath, "---\n" + BillionLaughs().Replace("lol9:", "keys:", StringComparison.Ordinal) + "---\n" + Entry)),
                ("100,000-deep brackets in a page's front matter", Text(PagePath, "---\ntitle: " + Repeat("[", 100_000) + "\n---\n" + Entry)),
                ("100,000-deep braces in a page's front matter", Text(PagePath, "---\ntitle: " + Repeat("{a: ", 100_000) + "\n---\n" + Entry)),
                ("100,000-deep brackets in a collection file's front matter", Text(CollectionPath, "---\ncollection: publications\ntitle: " + Repeat("[", 100_000) + "\n---\n")),
                ("100,000-deep block sequences in a page's front matter", Text(PagePath, "---\n" + string.Concat(Enumerable.Range(0, 2_000).Select(i => new string(' ', i) + "- \n")) + "---\n" + Entry)),
                ("100,000-deep BibTeX braces", Text(BibPath, Bib.Replace("A title", Repeat("{", 100_000) + "deep" + Repeat("}", 100_000), StringComparison.Ordinal))),
                ("100,000 unbalanced BibTeX braces", Text(BibPath, Bib.Replace("A title", Repeat("{", 100_000), StringComparison.Ordinal) + Bib)),
                ("recursive @string macros", Text(BibPath, "@string{a = b # b}\n@string{b = a # a}\n@string{self = self # self}\n" + Bib.Replace("{Nature}", "a # self", StringComparison.Ordinal))),
                ("exponentially expanding @string macros", Text(BibPath, "@string{m0 = \"lol\"}\n" + string.Concat(Enumerable.Range(1, 64).Select(i => $"@string{{m{i} = m{i - 1} # m{i - 1} # m{i - 1}}}\n")) + Bib.Replace("{Nature}", "m64", StringComparison.Ordinal))),
                ("10,000 BibTeX entries with one key", Text(BibPath, Repeat(Bib, 10_000))),
                ("empty files of every kind", new[] { FuzzFile.FromText(PagePath, string.Empty), FuzzFile.FromText(CollectionPath, string.Empty), FuzzFile.FromText(BibPath, string.Empty), FuzzFile.FromText("_config.yml", string.Empty) }),
                ("only byte-order marks", new[] { FuzzFile.FromBytes(PagePath, new byte[] { 0xEF, 0xBB, 0xBF }), FuzzFile.FromText(CollectionPath, "\uFEFF"), FuzzFile.FromText(BibPath, "\uFEFF\uFEFF") }),
                ("a page that is one '---'", Text(PagePath, "---")),
                ("a page of labels only", Text(PagePath, Repeat("<b>2021-#1</b>\n---\n", 2_000))),
                ("an unclosed HTML comment across entries", Text(PagePath, "<!-- key: x\n" + Entry + "---\n" + Entry)),
                ("a 65,536-character line of entities", Text(PagePath, Entry.Replace("An abstract.", Repeat("&#xD800;&amp;&bogus;", 3_000), StringComparison.Ordinal))),
            };

            return shapes.Select(s => new FuzzInput(InputKind.Hostile, s.Name, s.Files)).ToArray();
        }

        private static FuzzFile[] Text(string path, string text) => new[] { FuzzFile.FromText(path, text) };

        private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

        /// <summary>The bytes with the odd bytes put in at a few places: the start, the middle and just before the end.</summary>
        private static FuzzFile[] Bytes(string path, byte[] bytes, params byte[] odd)
        {
            var result = new List<byte>(bytes);
            foreach (var at in new[] { bytes.Length - 1, bytes.Length / 2, bytes.Length / 3, 0 })
            {
                result.InsertRange(Math.Max(0, at), odd);
            }

            return new[] { FuzzFile.FromBytes(path, result.ToArray()) };
        }

        /// <summary>The text with the pieces put in at the start, in several lines, and at the end.</summary>
        private static string Sprinkle(string text, params string[] pieces)
        {
            var builder = new StringBuilder(text);
            for (var i = 0; i < 8; i++)
            {
                builder.Insert(builder.Length * i / 8, pieces[i % pieces.Length]);
            }

            return builder.Append(pieces[0]).ToString();
        }

        private static string Repeat(string text, int times) => new StringBuilder(text.Length * times).Insert(0, text, times).ToString();

        /// <summary>Nine levels of aliases, each ten of the one before: a billion "lol"s if anything expands them.</summary>
        private static string BillionLaughs()
        {
            var yaml = new StringBuilder("lol0: &lol0 \"lol\"\n");
            for (var i = 1; i <= 9; i++)
            {
                yaml.Append($"lol{i}: &lol{i} [").Append(string.Join(", ", Enumerable.Repeat($"*lol{i - 1}", 10))).Append("]\n");
            }

            return yaml.ToString();
        }
    }
}
