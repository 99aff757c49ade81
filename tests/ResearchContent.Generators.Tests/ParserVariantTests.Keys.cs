using System.Linq;
using ResearchContent.Generators.Tests.Infrastructure;
using Xunit;

namespace ResearchContent.Generators.Tests
{
    /// <summary>Key comments written where hand-edited pages put them: on a line of their own, on the label line, in the header.</summary>
    public sealed partial class ParserVariantTests
    {
        [Fact]
        public void A_key_comment_on_its_own_line_overrides_the_derived_key()
        {
            var entry = Lines(Label, "<!-- key: custom2021key -->", Open, Title, TitleZh, Citation, Close, "", AbstractEn, "", AbstractZh, "", Figure, FigureZh);

            var run = Run(Page(entry));

            Assert.Empty(run.GeneratorDiagnostics);
            var catalog = run.Catalog();
            var p = Assert.Single(catalog.Publications);
            Assert.Equal("custom2021key", p.Key);
            Assert.Same(p, catalog.Property("Custom2021Key"));
            Assert.False(catalog.HasProperty("Xu2021Small"));
        }

        [Fact]
        public void A_key_comment_on_the_label_line_overrides_the_derived_key()
        {
            var entry = Lines("<b>2021-#2</b> <!-- key: custom2021key -->  ", Open, Title, TitleZh, Citation, Close, "", AbstractEn, "", AbstractZh, "", Figure, FigureZh);

            var p = Single(entry);

            Assert.Equal("custom2021key", p.Key);
            Assert.Equal("2021-#2", p.Label);
        }

        [Fact]
        public void A_key_comment_inside_the_header_block_overrides_the_derived_key()
        {
            var entry = Lines(Label, Open, "<!-- key: custom2021key -->", Title, TitleZh, Citation, Close, "", AbstractEn, "", AbstractZh, "", Figure, FigureZh);

            var p = Single(entry);

            Assert.Equal("custom2021key", p.Key);
            Assert.Equal(TitleText, p.Title.En);
        }

        private static string Lines(params string[] lines) => string.Join("\n", lines);

        private static Publication Single(string entry, params string[] otherFiles) => OneEntryPage.Single(entry, otherFiles);

        private static GeneratorRun Run(string page, params string[] otherFiles) => OneEntryPage.Run(page, otherFiles);

        private static string Page(params string[] entries) => OneEntryPage.Page(entries);
    }
}
