using System;
using System.Linq;
using ResearchContent.Generators.Tests.Infrastructure;
using Xunit;

namespace ResearchContent.Generators.Tests.Merge
{
    /// <summary>The reference page, a BibTeX file and a collection of one group: each paper once, fields by the merge rule, drift warned at both places.</summary>
    public sealed class SourceMergeTests
    {
        private const string Bib = "_bibliography/papers.bib";

        // Two of the reference page's papers, as al-folio keeps them, with the DOIs the page links or prints.
        private const string TwoOfThePagesPapers = @"@string{frontiers = {Frontiers in Earth Science}}

@article{xu2021fractures,
  abbr = {FEart},
  title = {Small Fractures Caused by the 2019 {Ridgecrest} Earthquake Sequence: Insights From {3D} Coseismic Displacement and Uniaxial Loading Rock Experiments},
  author = {Xu, Xiaohua and Zhao, Yingfeng and Wang, Teng and Ren, Chunmei and Yue, Han},
  journal = frontiers,
  volume = {9},
  pages = {672809},
  year = {2021},
  month = may,
  doi = {10.3389/feart.2021.672809},
  selected = {true},
  pdf = {xu2021fractures.pdf},
}

@article{wang2020rotation,
  title = {Space Imaging Geodesy Reveals Near Circular, Coseismic Block Rotation During the 2016 {Mw} 7.8 {Kaik\={o}ura} Earthquake, {New Zealand}},
  author = {Wang, Teng and Jiao, Liqing and Tapponnier, Paul and Shi, Xuhua and Wei, Shengji},
  journal = {Geophysical Research Letters},
  volume = {47},
  number = {22},
  pages = {e2020GL090206},
  year = {2020},
  doi = {10.1029/2020GL090206},
}
";

        [Fact]
        public void The_reference_page_and_a_bib_with_two_of_its_papers_give_four_publications_not_six()
        {
            var run = GeneratorHarness.ForFiles(("content/publications.md", GeneratorHarness.ReferencePage), (Bib, TwoOfThePagesPapers)).Run();

            Assert.False(run.Fails, run.Describe());
            var catalog = run.Catalog();
            Assert.Equal(4, catalog.Publications.Count);
            Assert.Equal(4, Assert.Single(catalog.Pages).Publications.Count);

            // A BibTeX key is an explicit key; the page's title, abstract and figures stay; the citation's fields are BibTeX's.
            var xu = catalog.Publications.Single(p => p.Label == "2021-#2");
            Assert.Equal("xu2021fractures", xu.Key);
            Assert.Equal(new[] { "content/publications.md(22)", Bib + "(3)" }, xu.Sources.Select(s => s.ToString()));
            Assert.Equal("Xu", xu.Citation.Authors[0].Family);
            Assert.Equal("Xiaohua", xu.Citation.Authors[0].Given);
            Assert.Equal("Frontiers in Earth Science", xu.Venue);
            Assert.Equal("2021-05", xu.Date);
            Assert.Equal("FEart", xu.Abbreviation);
            Assert.True(xu.Selected);
            Assert.NotNull(xu.Title.Zh);
            Assert.NotEmpty(xu.Figures);
            Assert.Equal(ResearchContent.PublicationKind.Article, xu.Kind);

            var wang = catalog.Publications.Single(p => p.Label == "2020-#1");
            Assert.Equal("wang2020rotation", wang.Key);
            Assert.Equal("Geophysical Research Letters", wang.Venue);
            Assert.Equal("22", wang.Citation.Issue);

            // The two the BibTeX file does not hold keep the page's keys and its single source.
            Assert.Contains(catalog.Publications, p => p.Key == "zhang2021selective" && p.Sources.Count == 1);
        }

        [Fact]
        public void A_drifting_year_warns_at_both_lines()
        {
            var drifted = TwoOfThePagesPapers.Replace("  year = {2021},", "  year = {2022},", StringComparison.Ordinal);
            var run = GeneratorHarness.ForFiles(("content/publications.md", GeneratorHarness.ReferencePage), (Bib, drifted)).Run();

            var drift = run.GeneratorDiagnostics.Where(d => d.Id == "RC2301").OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal).ToList();
            Assert.Equal(2, drift.Count);
            var onBib = drift.Single(d => d.Location.GetLineSpan().Path.EndsWith(Bib, StringComparison.Ordinal));
            var onPage = drift.Single(d => d.Location.GetLineSpan().Path.EndsWith("publications.md", StringComparison.Ordinal));
            Assert.Equal(10, onBib.Location.GetLineSpan().StartLinePosition.Line + 1);
            Assert.Equal(22, onPage.Location.GetLineSpan().StartLinePosition.Line + 1);
            Assert.Contains("'2022'", onBib.GetMessage(), StringComparison.Ordinal);
            Assert.Contains("content/publications.md(22)", onBib.GetMessage(), StringComparison.Ordinal);
            Assert.Contains(Bib + "(3)", onPage.GetMessage(), StringComparison.Ordinal);

            // A warning: the paper is compiled, once.
            Assert.Equal(4, run.Catalog().Publications.Count);
        }

        [Theory]
        [InlineData("Geophys. Res. Lett.", false)]
        [InlineData("Geophys Res Lett", false)]
        [InlineData("Remote Sensing of Environment", true)]
        public void A_journal_abbreviated_in_one_source_and_spelled_out_in_another_is_no_drift(string bibJournal, bool drifts)
        {
            // The page's citation spells out "Geophysical Research Letters".
            var bib = TwoOfThePagesPapers.Replace("journal = {Geophysical Research Letters}", "journal = {" + bibJournal + "}", StringComparison.Ordinal);
            var run = GeneratorHarness.ForFiles(("content/publications.md", GeneratorHarness.ReferencePage), (Bib, bib)).Run();

            var venueDrift = run.GeneratorDiagnostics.Where(d => d.Id == "RC2301" && d.GetMessage().StartsWith("The venue here", StringComparison.Ordinal)).ToList();
            Assert.Equal(drifts ? 2 : 0, venueDrift.Count);
        }

        [Fact]
        public void Papers_only_a_bib_or_a_collection_holds_follow_the_pages_and_are_found_by_key()
        {
            const string Collection = @"---
title: ""InSAR time series of the Hayward fault creep""
collection: publications
category: manuscripts
permalink: /publication/2019-hayward
date: 2019-06-12
venue: 'Journal of Geophysical Research: Solid Earth'
citation: 'Shirzaei, M., & Bürgmann, R. (2019). &quot;InSAR time series of the Hayward fault creep.&quot; <i>Journal of Geophysical Research: Solid Earth</i>, 124(6), 6180-6199.'
---
Our page about it.
";
            const string OnlyInBib = @"@inproceedings{ou2023velocity,
  title = {A {Sentinel-1} {InSAR} velocity field for the {Alpine--Himalayan} belt},
  author = {Ou, Qi and Lazeck{\'y}, Milan and Wright, Tim J.},
  booktitle = {EGU General Assembly 2023},
  year = {2023},
}
";
            var run = GeneratorHarness.ForFiles(
                ("content/publications.md", GeneratorHarness.ReferencePage),
                ("content/_publications/2019-06-12-hayward.md", Collection),
                (Bib, OnlyInBib)).Run();

            Assert.False(run.Fails, run.Describe());
            var catalog = run.Catalog();
            Assert.Equal(6, catalog.Publications.Count);
            Assert.Equal(4, Assert.Single(catalog.Pages).Publications.Count);
            var hayward = catalog.Publications[4];
            Assert.Equal("InSAR time series of the Hayward fault creep", hayward.Title.En);
            Assert.Equal("2019-06-12", hayward.Date);
            Assert.Equal("/publication/2019-hayward", hayward.Permalink);
            Assert.Equal("Our page about it.", hayward.Body);
            Assert.Equal(string.Empty, hayward.Label);
            Assert.Equal(2019, hayward.Year);
            var ou = catalog.Publications[5];
            Assert.Equal("ou2023velocity", ou.Key);
            Assert.Equal(ResearchContent.PublicationKind.Conference, ou.Kind);
            Assert.Equal("Lazecký", ou.Citation.Authors[1].Family);
            Assert.False(string.IsNullOrEmpty(ou.Citation.Text));
            Assert.True(catalog.TryGet("ou2023velocity", out var found));
            Assert.Same(ou, found);
        }

        [Fact]
        public void Two_papers_with_one_named_key_in_two_files_is_an_error_at_the_later_one()
        {
            const string First = "@article{wang2021insar, title = {Fault creep from InSAR}, author = {Wang, Teng}, journal = {GRL}, year = {2021}, doi = {10.1029/2021GL000001}}\n";
            const string Second = "@article{wang2021insar, title = {Glacier surges from InSAR}, author = {Wang, Teng}, journal = {TC}, year = {2021}, doi = {10.5194/tc-2021-1}}\n";
            var run = GeneratorHarness.ForFiles(("_bibliography/a.bib", First), ("_bibliography/b.bib", Second)).Run();

            var error = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "RC1301");
            Assert.EndsWith("_bibliography/b.bib", error.Location.GetLineSpan().Path, StringComparison.Ordinal);
            Assert.Single(run.Catalog().Publications);
        }

        [Fact]
        public void A_script_link_in_a_collection_file_is_an_error_and_leaves_it_out()
        {
            const string Hostile = "---\ntitle: \"A paper\"\ncollection: publications\ndate: 2020-01-01\npaperurl: 'javascript:alert(1)'\n---\n";
            var run = GeneratorHarness.ForFiles(("content/_publications/2020-a-paper.md", Hostile)).Run();

            var error = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "RC1011");
            Assert.EndsWith("2020-a-paper.md", error.Location.GetLineSpan().Path, StringComparison.Ordinal);
            Assert.Empty(run.Catalog().Publications);
        }
    }
}
