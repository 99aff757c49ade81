using Xunit;

namespace ResearchContent.Citations.Tests
{
    public sealed class BibTeXExportTests
    {
        [Fact]
        public void Writes_an_article_entry_with_every_field()
        {
            var bibtex = Export.ToBibTeX(new[] { ReferencePublications.Wang, ReferencePublications.Xu });

            Assert.Equal(
                "@article{wang2020space,\n"
                + "  author = {Wang, T. and Jiao, L. and Tapponnier, P. and Shi, X. and Wei, S.},\n"
                + "  title = {{Space} imaging geodesy reveals near circular, coseismic block rotation during the 2016 {Mw} 7.8 {Kaikōura} earthquake, {New} {Zealand}},\n"
                + "  journal = {Geophysical Research Letters},\n"
                + "  year = {2020},\n"
                + "  volume = {47},\n"
                + "  eid = {e2020GL090206},\n"
                + "  doi = {10.1029/2020GL090206},\n"
                + "  url = {https://www.doi.org/10.1029/2020GL090206},\n"
                + "}\n"
                + "\n"
                + "@article{xu2021small,\n"
                + "  author = {Xu, A. and Zhao, Y. and Wang, T. and Ren, C. and Yue, H.},\n"
                + "  title = {{Small} {Fractures} {Caused} by the 2019 {Ridgecrest} {Earthquake} {Sequence:} {Insights} {From} {3D} {Coseismic} {Displacement} and {Uniaxial} {Loading} {Rock} {Experiments}},\n"
                + "  journal = {Frontiers in Earth Science},\n"
                + "  year = {2021},\n"
                + "  volume = {9},\n"
                + "  number = {June},\n"
                + "  pages = {1--11},\n"
                + "  doi = {10.3389/feart.2021.672809},\n"
                + "  url = {https://doi.org/10.3389/feart.2021.672809},\n"
                + "}\n",
                bibtex);
        }

        [Fact]
        public void Escapes_latex_special_characters_and_keeps_unicode()
        {
            var publication = new Publication
            {
                Key = "odd2024",
                Citation = new Citation
                {
                    Authors = ReferencePublications.Authors(("Bürgmann", "R.", false), ("van der Woerd", "J.", false)),
                    Title = @"Slip & strain: 50% of $M_w$ #1 {braced} ~tilde ^caret \back, Kaikōura 凯库拉",
                    Container = "Earth & Space Science",
                    Pages = "1135–54",
                    Url = "https://example.org/a_b%20c#frag",
                },
            };

            var bibtex = Export.ToBibTeX(new[] { publication });

            Assert.Contains(@"author = {Bürgmann, R. and {van der Woerd}, J.},", bibtex, System.StringComparison.Ordinal);
            Assert.Contains(
                @"title = {{Slip} \& strain: 50\% of {\$M\_w\$} \#1 \{braced\} \textasciitilde{}tilde \textasciicircum{}caret \textbackslash{}back, {Kaikōura} 凯库拉},",
                bibtex,
                System.StringComparison.Ordinal);
            Assert.Contains(@"journal = {Earth \& Space Science},", bibtex, System.StringComparison.Ordinal);
            Assert.Contains("pages = {1135--1154},", bibtex, System.StringComparison.Ordinal);
            Assert.Contains("url = {https://example.org/a_b%20c#frag},", bibtex, System.StringComparison.Ordinal);
        }

        [Fact]
        public void Falls_back_to_the_page_title_and_label_year_when_the_citation_was_not_parsed()
        {
            var publication = new Publication
            {
                Key = "unparsed2019",
                Year = 2019,
                Title = new LocalizedText("Page title", null),
                Citation = new Citation { Text = "hello world", Url = "https://example.org/x" },
            };

            Assert.Equal(
                "@article{unparsed2019,\n  title = {{Page} title},\n  year = {2019},\n  url = {https://example.org/x},\n}\n",
                Export.ToBibTeX(new[] { publication }));
        }

        [Fact]
        public void An_author_list_cut_short_by_et_al_ends_in_and_others()
        {
            var publication = new Publication
            {
                Key = "zhang2021many",
                Year = 2021,
                Title = new LocalizedText("Many authors", null),
                Citation = new Citation
                {
                    Text = "Zhang, Q., et al. (2021), Many authors, Journal, 1, 1–2.",
                    Url = "https://example.org/x",
                    Authors = new[] { new Author { Family = "Zhang", Given = "Q." } },
                    AuthorsTruncated = true,
                },
            };

            Assert.Contains("  author = {Zhang, Q. and others},\n", Export.ToBibTeX(new[] { publication }), System.StringComparison.Ordinal);
        }
    }
}
