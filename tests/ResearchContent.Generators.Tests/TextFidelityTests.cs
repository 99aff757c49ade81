using System.Linq;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Primitives;
using ResearchContent.Generators.Tests.Infrastructure;
using Xunit;

namespace ResearchContent.Generators.Tests
{
    /// <summary>Content text reaches the compiled strings exactly as written, whatever its characters.</summary>
    public sealed class TextFidelityTests
    {
        private const string Hostile = "quote \" backslash \\ triple \"\"\" comment */ /* {braces} 中文 😀 emoji, line\u2028separator, para\u2029graph, nel\u0085, bom\uFEFF, nbsp\u00A0, <tag> & amp";

        [Fact]
        public void Every_character_survives_the_emitter()
        {
            // Lone surrogates cannot be UTF-8: the storage layout carries such text as UTF-16 code units.
            var tricky = Hostile + "\n\tnew line and tab\r\nCRLF\0nul lone\uD800high lone\uDC00low";
            var model = new CatalogModel(
                new[] { new PageModel("content/p.md", tricky, null, null, new[] { new FrontMatterValue("k\"\\", tricky, 0, 0) }.ToEquatableArray(), 0, 1) }.ToEquatableArray(),
                new[]
                {
                    new PublicationModel
                    {
                        Key = "key2021tricky",
                        PropertyName = "Key2021Tricky",
                        Label = "2021-#1",
                        Year = 2021,
                        Number = 1,
                        TitleEn = tricky,
                        TitleZh = tricky,
                        AbstractEn = tricky,
                        AbstractZh = tricky,
                        CitationText = tricky,
                        CitationUrl = "https://example.org/?q=\"x\"",
                        Citation = new ParsedCitation
                        {
                            Authors = new[] { new ParsedAuthor(tricky, tricky, true) }.ToEquatableArray(),
                            Year = 2021,
                            Title = tricky,
                            Container = tricky,
                            Pages = tricky,
                        },
                        Figures = new[] { new FigureModel(tricky, tricky, 10, tricky, tricky, true) }.ToEquatableArray(),
                        SourcePath = "content/p.md",
                        SourceLine = 3,
                    },
                }.ToEquatableArray(),
                EquatableArray<ContentDiagnosticModel>.Empty);
            var run = EmittedCatalog.Compile(model);
            var compilation = run.Output;

            var publication = run.Catalog().Property("Key2021Tricky");

            Assert.Equal(tricky, publication.Title.En);
            Assert.Equal(tricky, publication.Title.Zh);
            Assert.Equal(tricky, publication.Abstract.En);
            Assert.Equal(tricky, publication.Citation.Text);
            Assert.Equal(tricky, publication.Citation.Authors.Single().Family);
            Assert.Equal(tricky, publication.Citation.Authors.Single().Given);
            Assert.True(publication.Citation.Authors.Single().IsCorresponding);
            Assert.Equal(tricky, publication.Citation.Title);
            Assert.Equal(tricky, publication.Citation.Container);
            Assert.Equal(tricky, publication.Citation.Pages);
            Assert.Null(publication.Citation.Volume);
            Assert.Equal("https://example.org/?q=\"x\"", publication.Citation.Url);
            Assert.Equal(tricky, publication.Figures[0].Source);
            Assert.Equal(tricky, publication.Figures[0].Caption.Zh);
            Assert.Equal(tricky, run.Catalog().Pages[0].Title);
            Assert.Equal(tricky, run.Catalog().Pages[0].FrontMatter["k\"\\"]);
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning));
        }

        [Fact]
        public void Content_text_from_markdown_reaches_the_catalog_exactly()
        {
            var page = "---\ntitle: \"tab\\there\\nnew line \\u2028 sep\"\n---\n<b>2021-#1</b>\n<div>\n<b>Title " + Hostile.Replace("<tag> & amp", "&lt;tag&gt; &amp; amp")
                + "</b>\n<br><a href=\"https://doi.org/10.1/x\">Doe, J. (2021), Title " + Hostile.Replace("<tag> & amp", "&lt;tag&gt; &amp; amp")
                + ", Journal, 1, 1–2.</a>\n</div>\n\nFirst paragraph \\*not emphasis\\* \"quoted\" 😀.\n\nSecond paragraph.\n";
            var run = GeneratorHarness.ForPage(page).Run();
            Assert.False(run.Fails, string.Join("\n", run.GeneratorDiagnostics));

            var publication = run.Catalog().Publications.Single();

            Assert.Equal("Title " + Hostile, publication.Title.En);
            Assert.Equal("Doe, J. (2021), Title " + Hostile + ", Journal, 1, 1–2.", publication.Citation.Text);
            Assert.Equal("First paragraph *not emphasis* \"quoted\" 😀.\n\nSecond paragraph.", publication.Abstract.En);
            Assert.Equal("tab\there\nnew line \u2028 sep", run.Catalog().Pages[0].Title);
        }
    }
}
