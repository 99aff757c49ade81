using ResearchContent.Generators.Sources.Collection;
using Xunit;

namespace ResearchContent.Generators.Tests.Collection
{
    /// <summary>Dates as people type them after <c>date:</c>, and as Jekyll reads them from file names.</summary>
    public sealed class CollectionDateTests
    {
        [Theory]
        [InlineData("2009-10-01", "2009-10-01", 2009)]
        [InlineData(" 2009-10-01 ", "2009-10-01", 2009)]
        [InlineData("2020-8-20", "2020-08-20", 2020)]
        [InlineData("2020/08/20", "2020-08-20", 2020)]
        [InlineData("2020.8.2", "2020-08-02", 2020)]
        [InlineData("2009-10-01 12:00:00 +0800", "2009-10-01", 2009)]
        [InlineData("2009-10-01T23:59:59Z", "2009-10-01", 2009)]
        [InlineData("2009-10-01 08:30", "2009-10-01", 2009)]
        [InlineData("2009-10-01 12:00:00.5 -05:00", "2009-10-01", 2009)]
        [InlineData("2009-10-01 12:00:00 CST", "2009-10-01", 2009)]
        [InlineData("2009-10", "2009-10", 2009)]
        [InlineData("2009", "2009", 2009)]
        [InlineData("October 1, 2019", "2019-10-01", 2019)]
        [InlineData("1 October 2019", "2019-10-01", 2019)]
        [InlineData("Oct. 2019", "2019-10", 2019)]
        [InlineData("Sept 3, 2019", "2019-09-03", 2019)]
        [InlineData("2024-02-29", "2024-02-29", 2024)]
        public void Dates_are_read_as_precisely_as_they_are_written(string text, string date, int year)
        {
            Assert.True(CollectionDate.TryRead(text, out var read));
            Assert.Equal(new CollectionDate(date, year), read);
        }

        [Theory]
        [InlineData("")]
        [InlineData("Spring 2019")]
        [InlineData("2019?")]
        [InlineData("2023-02-29")]
        [InlineData("2021-13-01")]
        [InlineData("2021-00")]
        [InlineData("2021-06-31")]
        [InlineData("2021-06/01")]
        [InlineData("0999-01-01")]
        [InlineData("19-10-01")]
        [InlineData("٢٠٢٠-٠١-٠١")]
        [InlineData("Smarch 2019")]
        [InlineData("in press")]
        public void Anything_else_is_not_a_date(string text)
        {
            Assert.False(CollectionDate.TryRead(text, out _));
        }

        [Theory]
        [InlineData("_publications/2009-10-01-paper-title-number-1.md", "2009-10-01")]
        [InlineData("_publications/2020-8-2-paper.md", "2020-08-02")]
        [InlineData("_publications\\2020-08-20-paper.md", "2020-08-20")]
        [InlineData("_publications/2009-10-paper.md", null)]
        [InlineData("_publications/paper-2009-10-01.md", null)]
        [InlineData("_publications/2021-02-30-paper.md", null)]
        [InlineData("_publications/2019-01-01/paper.md", null)]
        public void File_names_give_a_date_as_jekyll_reads_them(string path, string? date)
        {
            Assert.Equal(date, CollectionDate.FromFileName(path)?.Text);
        }
    }
}
