using System.Linq;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Sources.BibTeX;
using Xunit;

namespace ResearchContent.Generators.Tests.BibTeX
{
    /// <summary>BibTeX's name grammar: First von Last, von Last, First and von Last, Jr, First, split at 'and'.</summary>
    public sealed class BibTeXNameTests
    {
        [Theory]
        [InlineData("Teng Wang", "Wang", "Teng")]
        [InlineData("Wang, Teng", "Wang", "Teng")]
        [InlineData("Wang, T.", "Wang", "T.")]
        [InlineData("D.P.S. Bekaert", "Bekaert", "D.P.S.")]
        [InlineData("Doin, M.-P.", "Doin", "M.-P.")]
        [InlineData("Jean-Philippe Avouac", "Avouac", "Jean-Philippe")]
        [InlineData("Jian-hua Wang", "Wang", "Jian-hua")]
        [InlineData("Ludwig van Beethoven", "van Beethoven", "Ludwig")]
        [InlineData("Freek J. van Leijen", "van Leijen", "Freek J.")]
        [InlineData("Charles Louis Xavier Joseph de la Vall{\\'e}e Poussin", "de la Vallée Poussin", "Charles Louis Xavier Joseph")]
        [InlineData("van der Hilst, Rob D.", "van der Hilst", "Rob D.")]
        [InlineData("Van Dissen, Russ", "Van Dissen", "Russ")]
        [InlineData("Le Pichon, Xavier", "Le Pichon", "Xavier")]
        [InlineData("Xavier Le Pichon", "Pichon", "Xavier Le")]
        [InlineData("Monti Guarnieri, A.", "Monti Guarnieri", "A.")]
        [InlineData("jean de la fontaine", "jean de la fontaine", "")]
        [InlineData("Jean {de La} Fontaine", "Fontaine", "Jean de La")]
        [InlineData("{\\\"O}zt{\\\"u}rk, Ahmet", "Öztürk", "Ahmet")]
        [InlineData("{\\'E}mile Zola", "Zola", "Émile")]
        [InlineData("Dr. {\\relax Ch}arles Smith", "Smith", "Dr. Charles")]
        [InlineData("{\\'O}feigsson, Benedikt G.", "Ófeigsson", "Benedikt G.")]
        [InlineData("Ch. {\\'E}. Poussin", "Poussin", "Ch. É.")]
        [InlineData("{\\c{C}}ak{\\i}r, Ziyadin", "Çakır", "Ziyadin")]
        [InlineData("{Ross}, Zachary E.", "Ross", "Zachary E.")]
        [InlineData("{Ebmeier}, S.~K.", "Ebmeier", "S. K.")]
        [InlineData("Mousavi,  S. Mostafa", "Mousavi", "S. Mostafa")]
        [InlineData("Zhang Yunjun", "Yunjun", "Zhang")]
        [InlineData("张琪", "张琪", "")]
        [InlineData("d'Alembert, J.", "d'Alembert", "J.")]
        [InlineData("J. d'Alembert", "d'Alembert", "J.")]
        [InlineData("{Jet Propulsion Laboratory}", "Jet Propulsion Laboratory", "")]
        [InlineData("{{U.S. Geological Survey}}", "U.S. Geological Survey", "")]
        [InlineData("{Barnes and Noble, Inc.}", "Barnes and Noble, Inc.", "")]
        public void Family_and_given_names(string name, string family, string given)
        {
            var author = BibTeXName.Parse(name);

            Assert.NotNull(author);
            Assert.Equal((family, given), (author!.Family, author.Given));
            Assert.False(author.IsCorresponding);
            Assert.Null(author.Suffix);
        }

        [Theory]
        [InlineData("Smith, Jr., John", "Smith", "Jr.", "John")]
        [InlineData("van Dam, Jr, Karel", "van Dam", "Jr", "Karel")]
        [InlineData("King, III, Martin L.", "King", "III", "Martin L.")]
        public void A_third_part_is_the_suffix(string name, string family, string suffix, string given)
        {
            var author = BibTeXName.Parse(name)!;

            Assert.Equal((family, given, suffix), (author.Family, author.Given, author.Suffix));
        }

        [Fact]
        public void More_commas_than_BibTeX_allows_keep_every_part_in_the_given_name()
        {
            var author = BibTeXName.Parse("von Last, Jr, First, Extra")!;

            Assert.Equal(("von Last", "Jr", "First, Extra"), (author.Family, author.Suffix, author.Given));
        }

        [Theory]
        [InlineData("")]
        [InlineData("  ")]
        [InlineData(",")]
        [InlineData("{}")]
        public void A_name_of_no_words_is_none(string name) => Assert.Null(BibTeXName.Parse(name));

        [Fact]
        public void A_list_splits_at_and_in_any_case_outside_braces_and_across_lines()
        {
            var (authors, truncated) = BibTeXNameList.Parse("Intrieri, Emanuele\nand Raspini, Federico AND {Barnes and Noble} And\tLu, Ping and Anderson");

            Assert.Equal(new[] { "Intrieri", "Raspini", "Barnes and Noble", "Lu", "Anderson" }, authors.Select(a => a.Family));
            Assert.False(truncated);
        }

        [Fact]
        public void And_others_ends_a_list_that_is_not_complete()
        {
            var (authors, truncated) = BibTeXNameList.Parse("Wang, Teng and Zhang, Qi and others");
            var (upper, upperTruncated) = BibTeXNameList.Parse("Wang, Teng and Others");

            Assert.Equal(new[] { new ParsedAuthor("Wang", "Teng", false), new ParsedAuthor("Zhang", "Qi", false) }, authors);
            Assert.True(truncated);
            Assert.Equal("Others", upper[1].Family);
            Assert.False(upperTruncated);
        }

        [Fact]
        public void Empty_names_between_ands_are_dropped()
        {
            var (authors, _) = BibTeXNameList.Parse("and Wang, Teng and and Zhang, Qi and");

            Assert.Equal(new[] { new ParsedAuthor("Wang", "Teng", false), new ParsedAuthor("Zhang", "Qi", false) }, authors);
        }

        [Fact]
        public void The_word_and_inside_a_name_is_no_separator()
        {
            var (authors, _) = BibTeXNameList.Parse("Anderssohn, Jan and Sandwell, David and Randall, Andy");

            Assert.Equal(new[] { "Anderssohn", "Sandwell", "Randall" }, authors.Select(a => a.Family));
        }

        [Theory]
        [InlineData("van", true)]
        [InlineData("Van", false)]
        [InlineData("{van}", false)]
        [InlineData("{\\'e}tienne", true)]
        [InlineData("{\\'E}tienne", false)]
        [InlineData("{\\oe}uvre", true)]
        [InlineData("{\\OE}uvre", false)]
        [InlineData("\\\"uber", true)]
        [InlineData("123", false)]
        [InlineData("ü", true)]
        public void A_word_is_lower_case_as_BibTeX_decides(string word, bool lower) => Assert.Equal(lower, BibTeXName.StartsLowerCase(word));
    }
}
