using System.Linq;
using ResearchContent.Generators.Model;
using Kind = ResearchContent.Generators.Model.PublicationKind;
using Xunit;

namespace ResearchContent.Generators.Tests.BibTeX
{
    /// <summary>
    /// The BibTeX files of tests/Corpus/BibTeX, as research groups' bibliographies are: every entry read, the tricky
    /// ones read as a reader would, and a damaged file losing only its broken entries.
    /// </summary>
    public sealed class BibTeXCorpusTests
    {
        private static readonly SourceFile Group = BibTeXCorpus.ReadFile(BibTeXCorpus.GroupPublications);

        [Fact]
        public void The_group_bibliography_is_read_whole_without_a_diagnostic()
        {
            Assert.Empty(BibTeXDiagnosticLines.Of(Group));
            Assert.Equal(121, Group.Publications.Count);
            Assert.Equal(Group.Publications.Count, Group.Publications.Select(p => p.ExplicitKey).Distinct().Count());
            Assert.All(Group.Publications, p => Assert.False(string.IsNullOrEmpty(p.Title), p.ExplicitKey));
            Assert.All(Group.Publications, p => Assert.InRange(p.Year ?? 0, 1977, 2025));
            Assert.Equal(
                new[] { "treatise2015", "igarss2020" },
                Group.Publications.Where(p => p.Citation!.Authors.Count == 0).Select(p => p.ExplicitKey!));
        }

        [Fact]
        public void The_group_bibliography_has_every_kind_of_work()
        {
            var kinds = Group.Publications.GroupBy(p => p.Kind).ToDictionary(g => g.Key, g => g.Count());

            Assert.Equal(
                new[] { Kind.Article, Kind.Conference, Kind.Book, Kind.Chapter, Kind.Thesis, Kind.Report, Kind.Preprint, Kind.Other },
                kinds.Keys.OrderBy(kind => kind));
            Assert.Equal(7, kinds[Kind.Preprint]);
        }

        [Theory]
        [InlineData("Intrieri2018", "Del Conte", "Sara")]
        [InlineData("Li2008", "van der Hilst", "Rob D.")]
        [InlineData("DEMICHELE2010101", "de Michele", "Marcello")]
        [InlineData("VANLEIJEN2021112378", "van Leijen", "Freek J.")]
        [InlineData("vonfrese2009", "von Frese", "Ralph R. B.")]
        [InlineData("dossantos2021", "dos Santos", "Alexandre")]
        [InlineData("lepichon2019", "Şengör", "A. M. Celâl")]
        [InlineData("zhao2023coherence", "Çakır", "Ziyadin")]
        [InlineData("Sigmundsson2015", "Vogfjörð", "Kristín S.")]
        [InlineData("7390052", "Rodríguez González", "Fernando")]
        [InlineData("1673694", "Monti Guarnieri", "A.")]
        [InlineData("1979JGR....84.2348H", "Kanamori", "Hiroo")]
        [InlineData("2014NatCo...5.3471B", "Ebmeier", "S. K.")]
        [InlineData("doi:10.1126/science.aaz0109", "Idini", "Benjamín")]
        [InlineData("Mousavi2020", "Ellsworth", "William L.")]
        [InlineData("avouac2014", "Fontaine", "Jean de La")]
        [InlineData("张琪2021基于", "王腾", "")]
        [InlineData("usgs2020ridgecrest", "U.S. Geological Survey", "")]
        [InlineData("jpl2019aria", "California Institute of Technology", "")]
        public void Names_are_read_as_BibTeX_reads_them(string key, string family, string given) =>
            Assert.Contains(Publication(key).Citation!.Authors, author => author.Family == family && author.Given == given);

        [Fact]
        public void Suffixes_and_truncated_lists()
        {
            var kellogg = Publication("kellogg2016").Citation!.Authors;

            Assert.Equal(new[] { "Jr.", "Jr", null }, kellogg.Select(a => a.Suffix));
            Assert.Equal(
                new[] { "torres2012gmes", "hamling2017complex", "zhang2004continuous", "zhang2023transformer", "Sigmundsson2015", "field2013ucerf3" },
                Group.Publications.Where(p => p.Citation!.AuthorsTruncated).Select(p => p.ExplicitKey!));
        }

        [Theory]
        [InlineData("wang2018kaikoura", "The 2016 Kaikōura earthquake: Simultaneous rupture of the subduction interface and overlying faults")]
        [InlineData("sun2025dingri", "Co-seismic slip of the 2025 Mw 7.1 Dingri earthquake from ascending and descending InSAR")]
        [InlineData("Jonsson2002", "Fault Slip Distribution of the 1999 Mw 7.1 Hector Mine, California, Earthquake, Estimated from Satellite Radar and GPS Measurements")]
        [InlineData("Mousavi2020", "Earthquake transformer—an attentive deep-learning model for simultaneous earthquake detection and phase picking")]
        [InlineData("field2013ucerf3", "Uniform California Earthquake Rupture Forecast, Version 3 (UCERF3)—The time-independent model")]
        [InlineData("lu2019zhong", "Deformation of the Three Gorges Dam from TerraSAR-X time series: thermal dilation of 0.5 mm/°C")]
        [InlineData("zhao2022uplift", "Uplift of ∼5 cm/yr at the Changbaishan volcano? A reassessment with ALOS-2 and Sentinel-1")]
        [InlineData("10.1093/gji/ggy423", "PhaseNet: a deep-neural-network-based seismic arrival-time picking method")]
        [InlineData("EKSTROM20121", "The global CMT project 2004–2010: Centroid-moment tensors for 13,017 earthquakes")]
        [InlineData("tong2010coseismic", "Coseismic slip model of the 2008 Wenchuan earthquake derived from joint inversion of interferometric synthetic aperture radar, GPS, and field data")]
        [InlineData("张琪2021基于", "基于深度学习的InSAR失相干掩膜自动生成方法")]
        public void Titles_are_the_text_a_reader_sees(string key, string title) => Assert.Equal(title, Publication(key).Title);

        [Theory]
        [InlineData("Intrieri2018", "2018-01-01")]
        [InlineData("zebker_decorrelation_1992", "1992-09")]
        [InlineData("10.1093/gji/ggy423", "2018-10")]
        [InlineData("1979JGR....84.2348H", "1979-05")]
        [InlineData("blewitt2018", "2018-09-24")]
        [InlineData("zhang2024thesis", "2024-06-15")]
        [InlineData("wang2015thesis", "2015-05")]
        [InlineData("okada1985surface", "1985")]
        public void Dates_are_as_precise_as_the_entry(string key, string date) => Assert.Equal(date, Publication(key).Date);

        [Theory]
        [InlineData("wang2018kaikoura", "Earth and Planetary Science Letters")]
        [InlineData("Chaussard2014", "Journal of Geophysical Research: Solid Earth")]
        [InlineData("tong2010coseismic", "Journal of Geophysical Research")]
        [InlineData("1979JGR....84.2348H", "J. Geophys. Res.")]
        [InlineData("YUNJUN2019104331", "Computers & Geosciences")]
        [InlineData("hooper2006persistent", "Stanford University")]
        [InlineData("segall2010earthquake", "Princeton University Press")]
        [InlineData("simons_interferometric_2015", "Treatise on Geophysics")]
        [InlineData("field2013ucerf3", "U.S. Geological Survey")]
        [InlineData("10.1007/978-3-319-24574-4_28", "Medical Image Computing and Computer-Assisted Intervention – MICCAI 2015")]
        public void Venues_come_from_macros_concatenation_and_the_right_field(string key, string venue) => Assert.Equal(venue, Publication(key).Venue);

        [Fact]
        public void Exporters_odd_fields_are_kept()
        {
            Assert.Equal("10.1007/978-3-319-24574-4_28", Publication("10.1007/978-3-319-24574-4_28").Doi);
            Assert.Equal("Review article", Publication("elliott2016role").Citation!.Note);
            Assert.Equal("789", Publication("rs13040789").Citation!.ArticleNumber);
            Assert.Equal("Q05018", Publication("Li2008").Citation!.ArticleNumber);
            Assert.Contains(new SourceField("adsnote", "Provided by the SAO/NASA Astrophysics Data System"), Publication("1979JGR....84.2348H").Fields);
            Assert.Contains(new SourceField("groups", "3D deformation"), Publication("Wright2004").Fields);
            Assert.Contains(new SourceField("copyright", "Copyright 1989 by the American Geophysical Union."), Publication("gabriel_mapping_1989").Fields);
            Assert.Equal("RG2004", Publication("farr2007srtm").Citation!.Pages);
            Assert.Equal("3–4", Publication("colesanti2006").Citation!.Issue);
        }

        [Fact]
        public void Al_folio_fields_in_the_group_bibliography()
        {
            var zhang = Publication("zhang2021selective");
            var xu = Publication("xu2021small");
            var wang = Publication("wang2018kaikoura");

            Assert.Equal(("JSTARS", true), (zhang.Abbreviation, zhang.Selected));
            Assert.Equal(new[] { "PDF", "Code" }, zhang.Links.Select(l => l.Text));
            Assert.Equal("/assets/img/publication_preview/zhang2021selective.png", Assert.Single(zhang.Figures).Source);
            Assert.Equal(
                "Decorrelation masks are an essential input to InSAR time-series analysis. We propose a selective kernel residual attention UNet that learns decorrelation from the coherence and amplitude of Sentinel-1 stacks.\n\nOver Wuhan, the network reaches an F1 score of 0.92.",
                zhang.AbstractEn);
            Assert.True(xu.Selected);
            Assert.Equal(new[] { "HTML", "Slides", "Poster" }, xu.Links.Select(l => l.Text));
            Assert.Equal(("Editor's highlight", false), (wang.Award, wang.Selected));
            Assert.Equal(new[] { "Video", "Website", "Supp", "Blog" }, wang.Links.Select(l => l.Text));
        }

        [Fact]
        public void The_al_folio_bibliography_with_its_front_matter()
        {
            var file = BibTeXCorpus.ReadFile("alfolio-papers.bib");

            Assert.Empty(file.Diagnostics);
            Assert.Equal(new[] { "wang2024insar", "zhang2021selective", "xu2021small", "zhang2019coherence", "wang2015thesis", "ma2024permafrost" }, file.Publications.Select(p => p.ExplicitKey));
            var xu = file.Publications[2];
            Assert.Equal(new[] { "Code", "Slides", "Poster", "Video", "Website", "Supp", "Blog", "arXiv" }, xu.Links.Select(l => l.Text));
            Assert.Equal(new LinkModel("arXiv", "https://arxiv.org/abs/2103.01234"), xu.Links[^1]);
            Assert.Equal(new FigureModel("/assets/img/publication_preview/ridgecrest.gif", "Small Fractures Caused by the 2019 Ridgecrest Earthquake Sequence", null, null, null, false), Assert.Single(xu.Figures));
            Assert.Equal("Highlighted by AGU Eos", xu.Award);
            var zhang = file.Publications[1];
            Assert.Equal(
                new[] { "numpages", "publisher", "altmetric", "dimensions", "google_scholar_id", "additional_info", "annotation", "inspirehep_id" },
                zhang.Fields.Select(f => f.Name));
            Assert.Equal("American Physical Society,", zhang.Fields.Single(f => f.Name == "publisher").Value);
            Assert.Equal(new[] { "Book", "JSTARS", "Front.", "IGARSS", "PhD", "arXiv" }, file.Publications.Select(p => p.Abbreviation));
            Assert.Equal(new[] { false, true, true, false, false, false }, file.Publications.Select(p => p.Selected));
            Assert.Equal(Kind.Preprint, file.Publications[5].Kind);
        }

        [Fact]
        public void Corners_of_the_grammar()
        {
            var file = BibTeXCorpus.ReadFile("grammar-corners.bib");

            Assert.Equal(
                new[]
                {
                    "content/_bibliography/grammar-corners.bib(42,1): warning RC2102: The entry 'nofields' has no title. Add 'title = {…}'.",
                    "content/_bibliography/grammar-corners.bib(42,1): warning RC2103: The entry 'nofields' has no year. Write 'year = {2021}' (or biblatex's 'date = {2021-03-05}'); until then the publication has no year.",
                },
                BibTeXDiagnosticLines.Of(file));
            Assert.Equal(
                new[]
                {
                    "Parentheses (and a “quoted” Phrase) in 2019 Ridgecrest sequence",
                    "On one line",
                    "Spaced out over two lines",
                    "A \"quoted\" word and a brace inside quotes",
                    null,
                    "Fifty % of the time, 5 km and 10 cm",
                    "Deeply nested Braces",
                },
                file.Publications.Select(p => p.Title));
            Assert.Equal("J. Geophys. Res.: Solid Earth", file.Publications[0].Venue);
            Assert.Equal("2019-07", file.Publications[0].Date);
            Assert.Equal("Proc. FRINGE", file.Publications[2].Venue);
            Assert.Equal(new SourceField("month", "12 1"), Assert.Single(file.Publications[1].Fields));
            Assert.Equal("Deeply_Nested-Key:2015", file.Publications[6].ExplicitKey);
            Assert.Equal(new[] { new ParsedAuthor("Poussin", "Charles de La Vallée", false), new ParsedAuthor("European Space Agency", string.Empty, false) }, file.Publications[6].Citation!.Authors);
        }

        [Fact]
        public void A_damaged_bibliography_loses_only_its_broken_entries()
        {
            var file = BibTeXCorpus.ReadFile("damaged.bib");

            const string Path = "content/_bibliography/damaged.bib";
            Assert.Equal(
                new[]
                {
                    Path + "(13,1): error RC1101: The entry 'unclosed2020' is never closed: its closing '}' is missing before the next entry, on line 17. Close it with '}' after its last field; the entry is left out.",
                    Path + "(18,11): error RC1102: The value of 'title' in 'runaway2020' is never closed before the next entry, on line 22. Add the missing '}' (BibTeX counts every brace in a value, even '\\{', so braces must balance); the entry is left out.",
                    Path + "(22,1): error RC1103: This @article entry has no citation key. Write the key right after '@article{', followed by a comma, as in '@article{zhang2021selective,'; the entry is left out.",
                    Path + "(27,10): error RC1104: The key 'Good2020' is already used by the entry on line 6 of this file (keys are compared ignoring case, as BibTeX does). Give each entry its own key; this entry is left out.",
                    Path + "(34,3): error RC1105: In 'comma2020', ',' or '}' after the value of 'title' is expected here, but 'year' is found. Write each field as 'name = {value}', with a comma between fields; the entry is left out.",
                    Path + "(39,13): warning RC2101: The @string macro 'gsrl' is not defined above this point, so its name is kept as the text. Define it with '@string{gsrl = {…}}' above the entry, or write the text in braces: '{gsrl}'.",
                    Path + "(43,1): warning RC2102: The entry 'notitle2020' has no title. Add 'title = {…}'.",
                    Path + "(48,1): warning RC2103: The entry 'inpress' has the year 'in press', which is not a four-digit year. Write 'year = {2021}' (or biblatex's 'date = {2021-03-05}'); until then the publication has no year.",
                    Path + "(54,22): warning RC2104: The LaTeX command '\\SI' is not one ResearchContent knows, so it is kept as 'SI'. Write the character itself (a .bib file may be UTF-8), or one of the commands listed in docs/sources-bibtex.md.",
                    Path + "(61,3): warning RC2105: The field 'title' is given again in 'repeated2020'; the first value, on line 59, is used, as BibTeX does. Remove one of the two.",
                },
                BibTeXDiagnosticLines.Of(file));
            Assert.Equal(
                new[] { "good2020", "undefined2020", "notitle2020", "inpress", "unknown2020", "repeated2020", "good2022" },
                file.Publications.Select(p => p.ExplicitKey));
            var malformed = file.Diagnostics.Single(d => d.Id == "RC1105");
            Assert.Equal((33, 2, 33, 6), (malformed.StartLine, malformed.StartColumn, malformed.EndLine, malformed.EndColumn));
        }

        private static SourcePublication Publication(string key) => Group.Publications.Single(p => p.ExplicitKey == key);
    }
}
