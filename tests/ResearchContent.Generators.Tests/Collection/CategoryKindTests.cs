using System;
using ResearchContent.Generators.Sources.Collection;
using Xunit;
using Kind = ResearchContent.Generators.Model.PublicationKind;

namespace ResearchContent.Generators.Tests.Collection
{
    /// <summary>The kind of work a category names: by its name, by its heading, by the words in either.</summary>
    public sealed class CategoryKindTests
    {
        [Theory]
        [InlineData("books", null, "Book")]
        [InlineData("manuscripts", null, "Article")]
        [InlineData("conferences", null, "Conference")]
        [InlineData("theses", null, "Thesis")]
        [InlineData("book-chapters", null, "Chapter")]
        [InlineData("Book_Chapters", null, "Chapter")]
        [InlineData("preprints", null, "Preprint")]
        [InlineData("working_papers", null, "Preprint")]
        [InlineData("reports", null, "Report")]
        [InlineData("talks", null, "Other")]
        [InlineData("journal", null, "Article")]
        [InlineData("papers", "Journal Articles", "Article")]
        [InlineData("refereed", "Refereed Conference Proceedings", "Conference")]
        [InlineData("peer_reviewed_journal", null, "Article")]
        [InlineData("phd", "PhD Thesis", "Thesis")]
        [InlineData("edited", "Chapters in Edited Books", "Chapter")]
        [InlineData("symposia", null, "Conference")]
        public void A_category_names_its_kind(string category, string? title, string kind)
        {
            // The kind is named, not passed: the test's public methods cannot take the generator's internal enum.
            Assert.Equal(Enum.Parse<Kind>(kind), CategoryKind.Of(category, title));
        }

        [Theory]
        [InlineData("conferece", null)]
        [InlineData("selected", "Selected Publications")]
        [InlineData("synthesis", null)]
        [InlineData("facebook_posts", null)]
        [InlineData("2021", null)]
        [InlineData("", null)]
        public void A_category_that_names_no_kind_leaves_the_kind_to_the_citation(string category, string? title)
        {
            Assert.Null(CategoryKind.Of(category, title));
        }
    }
}
