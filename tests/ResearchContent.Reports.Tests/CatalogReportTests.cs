using System.IO;
using Xunit;

namespace ResearchContent.Reports.Tests
{
    /// <summary>The report leaves nothing of a publication out: the sections its page lists it under, and its notes.</summary>
    public sealed class CatalogReportTests
    {
        [Fact]
        public void A_publication_s_sections_and_notes_are_in_the_report()
        {
            var publication = new Publication
            {
                Key = "li2022",
                Label = "2022-#1",
                Year = 2022,
                Number = 1,
                Title = new LocalizedText("Proton conduction above 100 °C", null),
                Citation = new Citation { Text = "Li, R. (2022). Proton conduction above 100 °C. ACS Fall 2022." },
                Sections = new[] { "Conference papers", "2022" },
                Notes = new LocalizedText("Best Poster Award, Division of Energy and Fuels\n\nInvited talk at MRS Fall 2022.", "获能源与燃料分会最佳墙报奖"),
            };
            var page = new Page { Title = "Group", Path = "content/publications.md", Publications = new[] { publication } };
            using var output = new StringWriter { NewLine = "\n" };

            new CatalogReport(new[] { page }, new[] { publication }, new ContentDiagnostic[0]).Write(output);

            var lines = output.ToString().Split('\n');
            Assert.Contains("  Listed under: Conference papers › 2022", lines);
            Assert.Contains("  Note: Best Poster Award, Division of Energy and Fuels", lines);
            Assert.Contains("  Note: Invited talk at MRS Fall 2022.", lines);
            Assert.Contains("  Note: 获能源与燃料分会最佳墙报奖", lines);
        }
    }
}
