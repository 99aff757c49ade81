using System;
using System.IO;
using System.Linq;
using ResearchContent.Generators.Tests.Infrastructure;
using Xunit;

namespace ResearchContent.Generators.Tests
{
    /// <summary>Every field of the four publications of the reference page, read from the compiled catalog.</summary>
    public sealed class ReferencePageTests
    {
        private static readonly Lazy<(GeneratorRun Run, CatalogView Catalog)> Compiled = new(() =>
        {
            var run = GeneratorHarness.ForPage(GeneratorHarness.ReferencePage).Run();
            return (run, run.Catalog());
        });

        private static readonly string[] Lines = GeneratorHarness.ReferencePage.Split('\n');

        private static CatalogView Catalog => Compiled.Value.Catalog;

        /// <summary>A line of the reference file, 1-based; abstracts are written one paragraph a line.</summary>
        private static string Line(int number) => Lines[number - 1].Trim();

        /// <summary>A caption line's text after its &lt;br&gt; (and before a closing &lt;/div&gt;), spaces collapsed.</summary>
        private static string CaptionOf(int number)
        {
            var line = Line(number);
            var text = line.Substring(line.IndexOf("<br>", StringComparison.Ordinal) + 4);
            var close = text.IndexOf("</div>", StringComparison.Ordinal);
            return (close >= 0 ? text.Substring(0, close) : text).Trim();
        }

        [Fact]
        public void The_page_compiles_with_no_errors_and_lists_four_publications_in_page_order()
        {
            Assert.False(Compiled.Value.Run.Fails);
            Assert.Equal(
                new[] { "zhang2021selective", "xu2021small", "luo2021deriving", "wang2020space" },
                Catalog.Publications.Select(p => p.Key));
        }

        [Fact]
        public void The_page_carries_its_front_matter()
        {
            var page = Assert.Single(Catalog.Pages);
            Assert.Equal("Research", page.Title);
            Assert.Equal("/publications/", page.Permalink);
            Assert.Equal("archive", page.Layout);
            Assert.Equal("content/publications.md", page.Path);
            Assert.Equal("true", page.FrontMatter["author_profile"]);
            Assert.Equal(4, page.FrontMatter.Count);
            Assert.Equal(Catalog.Publications, page.Publications);
        }

        [Fact]
        public void Zhang2021Selective()
        {
            var p = Catalog.Property("Zhang2021Selective");
            Assert.Equal("zhang2021selective", p.Key);
            Assert.Equal("2021-#3", p.Label);
            Assert.Equal(2021, p.Year);
            Assert.Equal(3, p.Number);
            Assert.Equal("Selective Kernel Res-Attention UNet: Deep Learning for Generating Decorrelation Mask with Applications to TanDEM-X Interferograms", p.Title.En);
            Assert.Equal("基于深度学习生成失相干掩膜及其在TanDEM-X干涉图中的应用", p.Title.Zh);
            Assert.Equal("Zhang, Q., T. Wang, Y. Pei, and X. Shi (2021), Selective Kernel Res-Attention UNet: Deep Learning for Generating Decorrelation Mask with Applications to TanDEM-X Interferograms, IEEE J. Sel. Top. Appl. Earth Obs. Remote Sens., 14, 8537–8551.", p.Citation.Text);
            Assert.Equal("https://ieeexplore.ieee.org/document/9516966", p.Citation.Url);
            Assert.Null(p.Citation.Doi);
            Assert.Equal(Line(13), p.Abstract.En);
            Assert.Equal(Line(15), p.Abstract.Zh);
            var figure = Assert.Single(p.Figures);
            Assert.Equal("/images/zhangqi.png", figure.Source);
            Assert.Equal("softwareTitleEn", figure.Alt);
            Assert.Equal(900, figure.Width);
            Assert.Equal(CaptionOf(17), figure.Caption.En);
            Assert.Equal(CaptionOf(18), figure.Caption.Zh);
            Assert.False(figure.ImageExists);
            Assert.Equal(new SourceLocation("content/publications.md", 7), p.Source);
        }

        [Fact]
        public void Xu2021Small()
        {
            var p = Catalog.Property("Xu2021Small");
            Assert.Equal("xu2021small", p.Key);
            Assert.Equal("2021-#2", p.Label);
            Assert.Equal(2021, p.Year);
            Assert.Equal(2, p.Number);
            Assert.Equal("Small Fractures Caused by the 2019 Ridgecrest Earthquake Sequence: Insights from 3D coseismic displacement and uniaxial loading rock experiments", p.Title.En);
            Assert.Equal("由2019年Ridgecrest地震序列引起的地表小裂隙:基于三维同震位移和单轴加载岩石实验的研究", p.Title.Zh);
            Assert.Equal("Xu, A., Y. Zhao, T. Wang*, C. Ren, and H. Yue (2021), Small Fractures Caused by the 2019 Ridgecrest Earthquake Sequence: Insights From 3D Coseismic Displacement and Uniaxial Loading Rock Experiments. Frontiers in Earth Science, 9(June), 1–11.", p.Citation.Text);
            Assert.Equal("https://doi.org/10.3389/feart.2021.672809", p.Citation.Url);
            Assert.Equal("10.3389/feart.2021.672809", p.Citation.Doi);
            Assert.Equal(Line(30), p.Abstract.En);
            Assert.Equal(Line(32), p.Abstract.Zh);
            var figure = Assert.Single(p.Figures);
            Assert.Equal("/images/xuandong.png", figure.Source);
            Assert.Equal("softwareTitleEn", figure.Alt);
            Assert.Equal(500, figure.Width);
            Assert.Equal(CaptionOf(34), figure.Caption.En);
            Assert.Equal(CaptionOf(35), figure.Caption.Zh);
            Assert.Equal(new SourceLocation("content/publications.md", 22), p.Source);
        }

        [Fact]
        public void Luo2021Deriving()
        {
            var p = Catalog.Property("Luo2021Deriving");
            Assert.Equal("luo2021deriving", p.Key);
            Assert.Equal("2021-#1", p.Label);
            Assert.Equal(2021, p.Year);
            Assert.Equal(1, p.Number);
            Assert.Equal("Deriving centimeter-level coseismic deformation and fault geometries of small-to-moderate earthquakes from time-series Sentinel-1 SAR images", p.Title.En);
            Assert.Equal("基于时序哨兵雷达数据获取中小地震的厘米级同震地表形变及其断层几何", p.Title.Zh);
            Assert.Equal("Luo, H., Wang, T., Wei, S., Liao, M., and Gong, J. (2021). Deriving Centimeter-Level Coseismic Deformation and Fault Geometries of Small-To-Moderate Earthquakes From Time-Series Sentinel-1 SAR Images. Frontiers in Earth Science 9.", p.Citation.Text);
            Assert.Equal("https://doi.org/10.3389/feart.2021.636398", p.Citation.Url);
            Assert.Equal("10.3389/feart.2021.636398", p.Citation.Doi);
            Assert.Equal(Line(47), p.Abstract.En);
            Assert.Equal(Line(49), p.Abstract.Zh);
            var figure = Assert.Single(p.Figures);
            Assert.Equal("/images/research_34_1.png", figure.Source);
            Assert.Equal("softwareTitleEn", figure.Alt);
            Assert.Equal(600, figure.Width);
            Assert.Equal(CaptionOf(51), figure.Caption.En);
            Assert.Equal(CaptionOf(52), figure.Caption.Zh);
            Assert.Equal(new SourceLocation("content/publications.md", 39), p.Source);
        }

        [Fact]
        public void Wang2020Space()
        {
            var p = Catalog.Property("Wang2020Space");
            Assert.Equal("wang2020space", p.Key);
            Assert.Equal("2020-#1", p.Label);
            Assert.Equal(2020, p.Year);
            Assert.Equal(1, p.Number);
            Assert.Equal("Space imaging geodesy reveals near circular, coseismic block rotation during the 2016 Mw 7.8 Kaiko\u0304ura earthquake, New Zealand", p.Title.En);
            Assert.Equal("空间影像大地测量在2016年新西兰凯库拉地震中揭示的近圆形同震块体旋转", p.Title.Zh);
            Assert.Equal("Wang, T., Jiao, L., Tapponnier, P., Shi, X., & Wei, S. (2020). Space imaging geodesy reveals near circular, coseismic block rotation during the 2016 Mw 7.8 Kaiko\u0304ura earthquake, New Zealand. Geophysical Research Letters, 47, e2020GL090206.", p.Citation.Text);
            Assert.Equal("https://www.doi.org/10.1029/2020GL090206", p.Citation.Url);
            Assert.Equal("10.1029/2020GL090206", p.Citation.Doi);
            Assert.Equal(Line(64), p.Abstract.En);
            Assert.Equal(Line(66), p.Abstract.Zh);
            var figure = Assert.Single(p.Figures);
            Assert.Equal("/images/research_33_1.png", figure.Source);
            Assert.Equal("softwareTitleEn", figure.Alt);
            Assert.Equal(800, figure.Width);
            Assert.Equal(CaptionOf(68), figure.Caption.En);
            Assert.Equal(CaptionOf(69), figure.Caption.Zh);
            Assert.Equal(new SourceLocation("content/publications.md", 56), p.Source);
        }

        [Fact]
        public void Citations_are_parsed_into_fields_at_compile_time()
        {
            static string Authors(Publication p) => string.Join("; ", p.Citation.Authors.Select(a => a.Family + "|" + a.Given + (a.IsCorresponding ? "*" : string.Empty)));

            var zhang = Catalog.Property("Zhang2021Selective").Citation;
            Assert.Equal("Zhang|Q.; Wang|T.; Pei|Y.; Shi|X.", Authors(Catalog.Property("Zhang2021Selective")));
            Assert.Equal(2021, zhang.Year);
            Assert.Equal("Selective Kernel Res-Attention UNet: Deep Learning for Generating Decorrelation Mask with Applications to TanDEM-X Interferograms", zhang.Title);
            Assert.Equal("IEEE J. Sel. Top. Appl. Earth Obs. Remote Sens.", zhang.Container);
            Assert.Equal(("14", (string?)null, "8537–8551", (string?)null), (zhang.Volume, zhang.Issue, zhang.Pages, zhang.ArticleNumber));

            var xu = Catalog.Property("Xu2021Small").Citation;
            Assert.Equal("Xu|A.; Zhao|Y.; Wang|T.*; Ren|C.; Yue|H.", Authors(Catalog.Property("Xu2021Small")));
            Assert.Equal(2021, xu.Year);
            Assert.Equal("Small Fractures Caused by the 2019 Ridgecrest Earthquake Sequence: Insights From 3D Coseismic Displacement and Uniaxial Loading Rock Experiments", xu.Title);
            Assert.Equal("Frontiers in Earth Science", xu.Container);
            Assert.Equal(("9", (string?)"June", (string?)"1–11", (string?)null), (xu.Volume, xu.Issue, xu.Pages, xu.ArticleNumber));

            var luo = Catalog.Property("Luo2021Deriving").Citation;
            Assert.Equal("Luo|H.; Wang|T.; Wei|S.; Liao|M.; Gong|J.", Authors(Catalog.Property("Luo2021Deriving")));
            Assert.Equal(2021, luo.Year);
            Assert.Equal("Deriving Centimeter-Level Coseismic Deformation and Fault Geometries of Small-To-Moderate Earthquakes From Time-Series Sentinel-1 SAR Images", luo.Title);
            Assert.Equal("Frontiers in Earth Science", luo.Container);
            Assert.Equal(("9", (string?)null, (string?)null, (string?)null), (luo.Volume, luo.Issue, luo.Pages, luo.ArticleNumber));

            var wang = Catalog.Property("Wang2020Space").Citation;
            Assert.Equal("Wang|T.; Jiao|L.; Tapponnier|P.; Shi|X.; Wei|S.", Authors(Catalog.Property("Wang2020Space")));
            Assert.Equal(2020, wang.Year);
            Assert.Equal("Space imaging geodesy reveals near circular, coseismic block rotation during the 2016 Mw 7.8 Kaiko\u0304ura earthquake, New Zealand", wang.Title);
            Assert.Equal("Geophysical Research Letters", wang.Container);
            Assert.Equal(("47", (string?)null, (string?)null, (string?)"e2020GL090206"), (wang.Volume, wang.Issue, wang.Pages, wang.ArticleNumber));
        }

        [Fact]
        public void A_publication_is_built_on_first_use_and_once()
        {
            var type = GeneratorHarness.ForPage(GeneratorHarness.ReferencePage).Run().LoadCatalog();
            var built = (Publication?[])type.GetField("s_publications", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.GetValue(null)!;
            Assert.All(built, Assert.Null);

            var catalog = new CatalogView(type);
            var xu = catalog.Property("Xu2021Small");

            Assert.Equal(new[] { false, true, false, false }, built.Select(p => p is not null));
            Assert.Same(xu, catalog.Property("Xu2021Small"));
            Assert.Same(xu, catalog.Publications[1]);
            Assert.All(built, Assert.NotNull);
        }

        [Fact]
        public void TryGet_finds_each_publication_by_key_and_nothing_else()
        {
            foreach (var publication in Catalog.Publications)
            {
                Assert.True(Catalog.TryGet(publication.Key, out var found));
                Assert.Same(publication, found);
            }

            Assert.False(Catalog.TryGet("nobody2000nothing", out var missing));
            Assert.Null(missing);
            Assert.False(Catalog.TryGet("ZHANG2021SELECTIVE", out _));
        }

        [Fact]
        public void The_catalog_keeps_the_pages_warnings_for_apps_to_show()
        {
            var warnings = Catalog.Diagnostics.Select(d => $"{d.Id}@{d.Line},{d.Column}").ToArray();
            Assert.Equal(
                new[] { "RC2001@17,35", "RC2001@34,35", "RC2002@34,67", "RC2001@51,35", "RC2002@51,72", "RC3001@60,5", "RC2001@68,35", "RC2002@68,72" },
                warnings);
        }

        [Fact]
        public void CRLF_line_endings_and_a_byte_order_mark_give_the_same_catalog_as_LF()
        {
            var crlf = "\uFEFF" + GeneratorHarness.ReferencePage.Replace("\n", "\r\n");
            var run = GeneratorHarness.ForPage(crlf).Run();
            Assert.Equal(Compiled.Value.Run.Source, run.Source);
            Assert.Equal(
                Compiled.Value.Run.GeneratorDiagnostics.Select(d => d.ToString()),
                run.GeneratorDiagnostics.Select(d => d.ToString()));
        }
    }
}
