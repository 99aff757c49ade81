using System.Linq;
using Xunit;

namespace ResearchContent.Citations.Tests
{
    public sealed class RisExportTests
    {
        [Fact]
        public void Reads_back_to_the_same_fields()
        {
            var ris = Export.ToRis(ReferencePublications.All);
            var records = RisReader.Read(ris);

            Assert.Equal(4, records.Count);
            for (var i = 0; i < records.Count; i++)
            {
                var record = records[i];
                var citation = ReferencePublications.All[i].Citation;
                Assert.Equal(("TY", "JOUR"), record[0]);
                Assert.Equal(citation.Authors.Select(a => a.Family + ", " + a.Given), Values(record, "AU"));
                Assert.Equal(new[] { citation.Year!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) }, Values(record, "PY"));
                Assert.Equal(new[] { citation.Title }, Values(record, "TI"));
                Assert.Equal(new[] { citation.Container }, Values(record, "T2"));
                Assert.Equal(Optional(citation.Volume), Values(record, "VL"));
                Assert.Equal(Optional(citation.Issue), Values(record, "IS"));
                Assert.Equal(Optional(citation.ArticleNumber), Values(record, "C7"));
                Assert.Equal(Optional(citation.Doi), Values(record, "DO"));
                Assert.Equal(new[] { citation.Url }, Values(record, "UR"));
                var pages = citation.Pages is null ? null : string.Join("–", Values(record, "SP").Concat(Values(record, "EP")));
                Assert.Equal(citation.Pages, pages);
            }
        }

        [Fact]
        public void Writes_the_exact_record_with_crlf_line_endings()
        {
            Assert.Equal(
                "TY  - JOUR\r\nAU  - Xu, A.\r\nAU  - Zhao, Y.\r\nAU  - Wang, T.\r\nAU  - Ren, C.\r\nAU  - Yue, H.\r\nPY  - 2021\r\n"
                + "TI  - Small Fractures Caused by the 2019 Ridgecrest Earthquake Sequence: Insights From 3D Coseismic Displacement and Uniaxial Loading Rock Experiments\r\n"
                + "T2  - Frontiers in Earth Science\r\nVL  - 9\r\nIS  - June\r\nSP  - 1\r\nEP  - 11\r\n"
                + "DO  - 10.3389/feart.2021.672809\r\nUR  - https://doi.org/10.3389/feart.2021.672809\r\nER  - \r\n",
                Export.ToRis(new[] { ReferencePublications.Xu }));
        }

        [Theory]
        [InlineData("wang2019insar", "CONF", "T2", "Proceedings of the IEEE International Geoscience and Remote Sensing Symposium")]
        [InlineData("tapponnier2018active", "BOOK", null, null)]
        [InlineData("wei2020source", "CHAP", "T2", "Geodetic Imaging of Active Faults")]
        [InlineData("zhang2022deep", "THES", "PB", "Southern University of Science and Technology")]
        [InlineData("ren2021slip", "RPRT", "PB", "U.S. Geological Survey")]
        public void Each_kind_has_its_type_and_its_container_under_the_tag_ris_expects(string key, string type, string? tag, string? container)
        {
            var publication = OtherKindPublications.ByKey(key);
            var record = Assert.Single(RisReader.Read(Export.ToRis(new[] { publication })));

            Assert.Equal(("TY", type), record[0]);
            foreach (var name in new[] { "T2", "JO", "PB" })
            {
                Assert.Equal(Optional(name == tag ? container : null), Values(record, name));
            }

            Assert.Equal(new[] { publication.Citation.Title }, Values(record, "TI"));
            Assert.Equal(Optional(publication.Citation.Note), Values(record, "N1"));
        }

        [Fact]
        public void Writes_authors_last_first_suffix_and_the_note()
        {
            var record = Assert.Single(RisReader.Read(Export.ToRis(new[] { OtherKindPublications.SuffixAndNote })));

            Assert.Equal(new[] { "Anderson, Robert E., Jr.", "Wang, T." }, Values(record, "AU"));
            Assert.Equal(new[] { "Invited feature paper" }, Values(record, "N1"));
        }

        [Fact]
        public void Line_breaks_inside_values_cannot_start_a_tag()
        {
            var publication = new Publication
            {
                Key = "k",
                Citation = new Citation { Title = "Line one\r\nER  - \nline two", Container = "J", Pages = "1135–54" },
            };

            var record = Assert.Single(RisReader.Read(Export.ToRis(new[] { publication })));
            Assert.Equal(new[] { "Line one ER  -  line two" }, Values(record, "TI"));
            Assert.Equal(new[] { "1135" }, Values(record, "SP"));
            Assert.Equal(new[] { "1154" }, Values(record, "EP"));
        }

        private static string[] Values(System.Collections.Generic.List<(string Tag, string Value)> record, string tag) =>
            record.Where(field => field.Tag == tag).Select(field => field.Value).ToArray();

        private static string[] Optional(string? value) => value is null ? System.Array.Empty<string>() : new[] { value };
    }
}
