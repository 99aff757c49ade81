using System.Collections.Generic;
using System.Linq;

namespace ResearchContent.Citations.Tests
{
    /// <summary>
    /// Publications of every kind but the journal article, and an article by an author with a suffix and with a note,
    /// built by hand as the reader gives them: a thesis's university and a report's issuer in Container, no container
    /// for a whole book.
    /// </summary>
    internal static class OtherKindPublications
    {
        public static readonly Publication Conference = Make("wang2019insar", null, new Citation
        {
            Text = "Wang, T., & Shi, X. (2019). InSAR time series of the Kaikōura earthquake. In Proceedings of the IEEE International Geoscience and Remote Sensing Symposium (pp. 1135–1138).",
            Url = "https://doi.org/10.1109/IGARSS.2019.8898123",
            Doi = "10.1109/IGARSS.2019.8898123",
            Authors = ReferencePublications.Authors(("Wang", "T.", false), ("Shi", "X.", false)),
            Year = 2019,
            Title = "InSAR time series of the Kaikōura earthquake",
            Container = "Proceedings of the IEEE International Geoscience and Remote Sensing Symposium",
            Pages = "1135–1138",
            Kind = PublicationKind.Conference,
        });

        public static readonly Publication Book = Make("tapponnier2018active", "亚洲活动构造", new Citation
        {
            Text = "Tapponnier, P., & Wei, S. (2018). Active tectonics of Asia. Cambridge University Press.",
            Url = "https://example.org/books/active-tectonics",
            Authors = ReferencePublications.Authors(("Tapponnier", "P.", false), ("Wei", "S.", false)),
            Year = 2018,
            Title = "Active tectonics of Asia",
            Kind = PublicationKind.Book,
        });

        public static readonly Publication Chapter = Make("wei2020source", null, new Citation
        {
            Text = "Wei, S., & Wang, T. (2020). Earthquake source imaging from space. In Geodetic Imaging of Active Faults (pp. 45–67). Springer.",
            Url = "https://doi.org/10.1007/978-3-030-12345-6_3",
            Doi = "10.1007/978-3-030-12345-6_3",
            Authors = ReferencePublications.Authors(("Wei", "S.", false), ("Wang", "T.", false)),
            Year = 2020,
            Title = "Earthquake source imaging from space",
            Container = "Geodetic Imaging of Active Faults",
            Pages = "45–67",
            Kind = PublicationKind.Chapter,
        });

        public static readonly Publication Thesis = Make("zhang2022deep", "深度学习生成InSAR失相干掩膜", new Citation
        {
            Text = "Zhang, Q. (2022). Deep learning for InSAR decorrelation masks [Doctoral dissertation, Southern University of Science and Technology]. (in Chinese)",
            Url = "https://example.org/theses/zhang2022.pdf",
            Authors = ReferencePublications.Authors(("Zhang", "Q.", true)),
            Year = 2022,
            Title = "Deep learning for InSAR decorrelation masks",
            Container = "Southern University of Science and Technology",
            Kind = PublicationKind.Thesis,
            Note = "in Chinese",
        });

        public static readonly Publication Report = Make("ren2021slip", null, new Citation
        {
            Text = "Ren, C., & Yue, H. (2021). Slip rates of the Ridgecrest faults. U.S. Geological Survey.",
            Url = "https://example.org/reports/ridgecrest",
            Authors = ReferencePublications.Authors(("Ren", "C.", false), ("Yue", "H.", false)),
            Year = 2021,
            Title = "Slip rates of the Ridgecrest faults",
            Container = "U.S. Geological Survey",
            Kind = PublicationKind.Report,
        });

        /// <summary>A journal article whose first author has a suffix, with a note after the citation.</summary>
        public static readonly Publication SuffixAndNote = Make("anderson2021invited", null, new Citation
        {
            Text = "Anderson, R. E., Jr., & Wang, T. (2021). Fault zones seen from space. Geophysical Research Letters, 48, 1–9. Invited feature paper",
            Url = "https://doi.org/10.1029/2021GL000001",
            Doi = "10.1029/2021GL000001",
            Authors = new[]
            {
                new Author { Family = "Anderson", Given = "Robert E.", Suffix = "Jr." },
                new Author { Family = "Wang", Given = "T." },
            },
            Year = 2021,
            Title = "Fault zones seen from space",
            Container = "Geophysical Research Letters",
            Volume = "48",
            Pages = "1–9",
            Note = "Invited feature paper",
        });

        public static readonly IReadOnlyList<Publication> All = new[] { Conference, Book, Chapter, Thesis, Report, SuffixAndNote };

        public static Publication ByKey(string key) => All.Single(p => p.Key == key);

        // The page's title is the citation's, with the Chinese one when given; the label is the citation's year.
        private static Publication Make(string key, string? chineseTitle, Citation citation) => new()
        {
            Key = key,
            Label = citation.Year + "-#1",
            Year = citation.Year ?? 0,
            Number = 1,
            Title = new LocalizedText(citation.Title, chineseTitle),
            Citation = citation,
        };
    }
}
