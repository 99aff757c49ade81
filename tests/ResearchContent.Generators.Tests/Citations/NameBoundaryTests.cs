using System.Linq;
using ResearchContent.Generators.Sources.Citations;
using Xunit;

namespace ResearchContent.Generators.Tests.Citations
{
    /// <summary>
    /// Where a name ends and where the family name starts, in the cases a rule for one naming tradition can break in
    /// another: pinyin syllables that are particles elsewhere, four-word names beside a four-word title, given names
    /// with a surname's ending, and a book title that closes with its edition.
    /// </summary>
    public sealed class NameBoundaryTests
    {
        [Theory]
        [InlineData("Xiao Bin Li, Wei Zhang, Title of the paper, Journal of Hydrology, 2024, 630, 130712.", "Li", "Xiao Bin")]
        [InlineData("Ka Lo Chan, Wei Zhang, Title of the paper, Journal of Hydrology, 2024, 630, 130712.", "Chan", "Ka Lo")]
        [InlineData("Maria Inez Silva, Wei Zhang, Title of the paper, Journal of Hydrology, 2024, 630, 130712.", "Silva", "Maria Inez")]
        public void A_given_name_that_is_a_particle_or_a_surname_ending_elsewhere_stays_given(string text, string family, string given)
        {
            var first = CitationParser.Parse(text).Authors[0];

            Assert.Equal((family, given), (first.Family, first.Given));
        }

        [Theory]
        [InlineData("欧阳祖熙, 王腾. 标题[J]. 地球物理学报, 2023, 66(7): 1583-1602.")]
        [InlineData("歐陽祖熙, 王騰. 標題[J]. 地球物理學報, 2023, 66(7): 1583-1602.")]
        public void A_two_character_family_name_in_either_script_is_the_family_name(string text)
        {
            var first = CitationParser.Parse(text).Authors[0];

            Assert.Equal(2, first.Family.Length);
            Assert.Equal("祖熙", first.Given);
        }

        [Fact]
        public void Pinyin_given_names_in_a_list_are_not_paired_into_one_author()
        {
            var parsed = CitationParser.Parse("Bin Wang, Xu Shi, Tao Li, Title of the paper, Journal of Hydrology, 2024, 630, 130712.");

            Assert.Equal(new[] { "Wang", "Shi", "Li" }, parsed.Authors.Select(a => a.Family));
        }

        [Theory]
        [InlineData("D. Massonnet, Ray J. K. Weldon, and B. Lee, \"Radar interferometry of faults,\" IEEE Trans. Geosci. Remote Sens., vol. 40, no. 3, pp. 1–12, 2002.", "Weldon")]
        [InlineData("D. Massonnet, Jean Pierre Van Damme, and B. Lee, \"Radar interferometry of faults,\" IEEE Trans. Geosci. Remote Sens., vol. 40, no. 3, pp. 1–12, 2002.", "Van Damme")]
        public void A_four_word_name_among_initials_is_a_name_not_a_title(string text, string secondFamily)
        {
            var parsed = CitationParser.Parse(text);

            Assert.Equal(3, parsed.Authors.Count);
            Assert.Equal(secondFamily, parsed.Authors[1].Family);
            Assert.Equal("Radar interferometry of faults", parsed.Title);
        }

        [Fact]
        public void A_chinese_author_cited_with_latin_punctuation_is_read_by_the_general_parser()
        {
            // APA in Chinese ends its sentences with 。; the same heading typed with '.' is ordinary APA.
            var parsed = CitationParser.Parse("王小明(2019). Urban heat island in Taipei. Journal of Climate, 32(4), 100-120.");

            Assert.Equal("Urban heat island in Taipei", parsed.Title);
            Assert.Equal("Journal of Climate", parsed.Container);
            Assert.Equal(("32", "4", "100-120"), (parsed.Volume, parsed.Issue, parsed.Pages));
        }

        [Fact]
        public void A_chinese_journal_named_with_no_volume_is_an_article_not_a_book()
        {
            var parsed = CitationParser.Parse("林怡君、蔡明哲（印行中）。臺灣都市熱島的長期變化。臺灣社會學刊。");

            Assert.Equal("臺灣社會學刊", parsed.Container);
            Assert.Equal(ResearchContent.Generators.Model.PublicationKind.Article, parsed.Kind);
        }

        [Fact]
        public void A_book_title_closed_by_its_edition_keeps_it_without_a_comma_when_the_page_title_is_known()
        {
            const string title = "Remote Sensing of Soil Moisture: Principles, Retrieval Algorithms and Applications";
            var parsed = CitationParser.Parse("Wigneron, J.-P., " + title + " (Second Edition), Elsevier, 2024.", title);

            Assert.Equal(title + " (Second Edition)", parsed.Title);
            Assert.Null(parsed.Container);
        }
    }
}
