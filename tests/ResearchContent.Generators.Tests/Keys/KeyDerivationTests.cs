using ResearchContent.Generators.Keys;
using Xunit;

namespace ResearchContent.Generators.Tests.Keys
{
    /// <summary>Derived keys: the family name whatever the name order, no number as the title word, a fallback better than "anon".</summary>
    public sealed class KeyDerivationTests
    {
        [Theory]
        [InlineData("Zhang, Q., T. Wang, and X. Shi (2021), Title", "Zhang")]
        [InlineData("Q. Zhang, T. Wang and X. Shi, \"Title,\" in IEEE …", "Zhang")]
        [InlineData("Meiling Wen, Teng Wang, Title, Journal, 2024,ISSN 2666-5921", "Wen")]
        [InlineData("Zhen Li, Teng Wang; Title. Seismological Research Letters 2023;; 94 (6)", "Li")]
        [InlineData("He, Y.; T. Wang, L. Zhao (2022) Title", "He")]
        [InlineData("Wang T, Wei S, Shi X. Title. Geophys Res Lett. 2018", "Wang")]
        [InlineData("WANG T, WEI S, SHI X, et al. Title[J]. Geophysical Research Letters, 2018", "WANG")]
        [InlineData("van der Woerd, J., and P. Tapponnier (2002), Title", "vanderWoerd")]
        [InlineData("J.-P. Avouac, Title", "Avouac")]
        [InlineData("Wang*, T., Title", "Wang")]
        [InlineData("(2021) Small Fractures, Frontiers", "")]
        [InlineData("Synthetic aperture radar interferometry is a remote sensing tool, with more words", "")]
        [InlineData("刘睿, 王腾. 标题[J]. 地球物理学报, 2023", "刘睿")]
        public void The_first_family_name_is_found_whatever_the_name_order(string citation, string family)
        {
            Assert.Equal(family, KeyDeriver.FirstFamilyName(citation));
        }

        [Theory]
        [InlineData("Wen", 2024, "A review of InSAR", "wen2024review")]
        [InlineData("Li", 2023, "2023 Mw 7.8 Kahramanmaraş earthquake", "li2023mw")]
        [InlineData("He", 2022, "2021 Maduo earthquake", "he2022maduo")]
        [InlineData("Xu", 2022, "3D coseismic displacement", "xu20223d")]
        [InlineData("", 2022, "Water quality in the Pearl River", "water2022quality")]
        [InlineData("刘", 2023, "Deep learning for phase unwrapping", "deep2023learning")]
        [InlineData("", 2022, "2021 in review", "review2022")]
        [InlineData("", 2022, "", "anon2022")]
        [InlineData("陈", 2021, "", "chen2021")]
        [InlineData("陈宇", 2021, "", "chen2021")]
        [InlineData("欧阳", 2021, "", "ouyang2021")]
        [InlineData("单", 2020, "", "shan2020")]
        [InlineData("陳", 2021, "", "chen2021")]
        [InlineData("歐陽", 2021, "", "ouyang2021")]
        [InlineData("許家豪", 2019, "", "xu2019")]
        [InlineData("丌", 2020, "", "anon2020")]
        [InlineData("Kristensen-Ø", 2020, "Über Ärger", "kristenseno2020uber")]
        public void Keys_are_derived_from_family_year_and_title(string family, int year, string title, string key)
        {
            Assert.Equal(key, KeyDeriver.Derive(family, year, title));
        }

        [Theory]
        [InlineData(1, "b")]
        [InlineData(2, "c")]
        [InlineData(25, "z")]
        [InlineData(26, "zb")]
        public void Later_holders_of_a_derived_key_get_letters_from_b(int n, string suffix)
        {
            Assert.Equal(suffix, KeySuffix.For(n));
        }
    }
}
