using ResearchContent.Generators.Sources.Collection;
using Xunit;

namespace ResearchContent.Generators.Tests.Collection
{
    /// <summary>The names of link fields, and the texts of their links.</summary>
    public sealed class LinkFieldTests
    {
        [Theory]
        [InlineData("paperurl", "Paper")]
        [InlineData("paper_url", "Paper")]
        [InlineData("paperURL", "Paper")]
        [InlineData("slidesurl", "Slides")]
        [InlineData("bibtexurl", "BibTeX")]
        [InlineData("codeurl", "Code")]
        [InlineData("video_url", "Video")]
        [InlineData("pdfurl", "PDF")]
        [InlineData("arxivurl", "arXiv")]
        [InlineData("project_page_url", "Project Page")]
        [InlineData("url", "Link")]
        public void Link_fields_are_named_by_what_precedes_url(string name, string text)
        {
            Assert.True(LinkField.IsLink(name));
            Assert.Equal(text, LinkField.TextOf(name));
        }

        [Theory]
        [InlineData("links")]
        [InlineData("pdf")]
        [InlineData("github")]
        [InlineData("urls")]
        public void Other_fields_are_no_links(string name)
        {
            Assert.False(LinkField.IsLink(name));
        }
    }
}
