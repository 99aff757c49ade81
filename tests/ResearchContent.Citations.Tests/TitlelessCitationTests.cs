using Xunit;

namespace ResearchContent.Citations.Tests
{
    /// <summary>A citation printed without its title (<c>Wang, T., Q. Zhang (2023), Remote Sensing. 15:2310</c>) takes the page's header title in every export.</summary>
    public sealed class TitlelessCitationTests
    {
        private const string HeaderTitle = "Decorrelation masks for Sentinel-1 interferograms";

        private static readonly Publication Titleless = new()
        {
            Key = "wang2023decorrelation",
            Label = "2023-#4",
            Year = 2023,
            Number = 4,
            Title = new LocalizedText(HeaderTitle, "Sentinel-1干涉图的失相干掩膜"),
            Citation = new Citation
            {
                Text = "Wang, T., Q. Zhang (2023), Remote Sensing. 15:2310 (Invited feature paper)",
                Url = "https://www.mdpi.com/2072-4292/15/9/2310",
                Authors = ReferencePublications.Authors(("Wang", "T.", false), ("Zhang", "Q.", false)),
                Year = 2023,
                Container = "Remote Sensing",
                Volume = "15",
                ArticleNumber = "2310",
                Kind = PublicationKind.Article,
                Note = "Invited feature paper",
            },
        };

        [Fact]
        public void Every_export_and_style_carries_the_header_title()
        {
            var publications = new[] { Titleless };

            Assert.Contains("title = {{Decorrelation} masks for {Sentinel-1} interferograms}", Export.ToBibTeX(publications));
            Assert.Contains("\"title\": \"" + HeaderTitle + "\"", Export.ToCslJson(publications));
            Assert.Contains("TI  - " + HeaderTitle, Export.ToRis(publications));
            foreach (var style in new[] { CitationStyle.Apa, CitationStyle.Agu, CitationStyle.Ieee })
            {
                Assert.Contains(HeaderTitle, Export.Format(Titleless, style));
                Assert.Contains(HeaderTitle, Export.FormatHtml(Titleless, style));
            }
        }
    }
}
