using System.Collections.Generic;
using System.Linq;

namespace ResearchContent.Citations.Tests
{
    /// <summary>The four publications of content/publications.md, built by hand from the reference values.</summary>
    internal static class ReferencePublications
    {
        public static readonly Publication Zhang = new()
        {
            Key = "zhang2021selective",
            Label = "2021-#3",
            Year = 2021,
            Number = 3,
            Title = new LocalizedText(
                "Selective Kernel Res-Attention UNet: Deep Learning for Generating Decorrelation Mask with Applications to TanDEM-X Interferograms",
                "基于深度学习生成失相干掩膜及其在TanDEM-X干涉图中的应用"),
            Citation = new Citation
            {
                Text = ReferenceCitations.ZhangAgu,
                Url = "https://ieeexplore.ieee.org/document/9516966",
                Authors = Authors(("Zhang", "Q.", false), ("Wang", "T.", false), ("Pei", "Y.", false), ("Shi", "X.", false)),
                Year = 2021,
                Title = "Selective Kernel Res-Attention UNet: Deep Learning for Generating Decorrelation Mask with Applications to TanDEM-X Interferograms",
                Container = "IEEE J. Sel. Top. Appl. Earth Obs. Remote Sens.",
                Volume = "14",
                Pages = "8537–8551",
            },
        };

        public static readonly Publication Xu = new()
        {
            Key = "xu2021small",
            Label = "2021-#2",
            Year = 2021,
            Number = 2,
            Title = new LocalizedText(
                "Small Fractures Caused by the 2019 Ridgecrest Earthquake Sequence: Insights from 3D coseismic displacement and uniaxial loading rock experiments",
                "由2019年Ridgecrest地震序列引起的地表小裂隙:基于三维同震位移和单轴加载岩石实验的研究"),
            Citation = new Citation
            {
                Text = ReferenceCitations.XuAgu,
                Url = "https://doi.org/10.3389/feart.2021.672809",
                Doi = "10.3389/feart.2021.672809",
                Authors = Authors(("Xu", "A.", false), ("Zhao", "Y.", false), ("Wang", "T.", true), ("Ren", "C.", false), ("Yue", "H.", false)),
                Year = 2021,
                Title = "Small Fractures Caused by the 2019 Ridgecrest Earthquake Sequence: Insights From 3D Coseismic Displacement and Uniaxial Loading Rock Experiments",
                Container = "Frontiers in Earth Science",
                Volume = "9",
                Issue = "June",
                Pages = "1–11",
            },
        };

        public static readonly Publication Luo = new()
        {
            Key = "luo2021deriving",
            Label = "2021-#1",
            Year = 2021,
            Number = 1,
            Title = new LocalizedText(
                "Deriving centimeter-level coseismic deformation and fault geometries of small-to-moderate earthquakes from time-series Sentinel-1 SAR images",
                "基于时序哨兵雷达数据获取中小地震的厘米级同震地表形变及其断层几何"),
            Citation = new Citation
            {
                Text = ReferenceCitations.LuoApa,
                Url = "https://doi.org/10.3389/feart.2021.636398",
                Doi = "10.3389/feart.2021.636398",
                Authors = Authors(("Luo", "H.", false), ("Wang", "T.", false), ("Wei", "S.", false), ("Liao", "M.", false), ("Gong", "J.", false)),
                Year = 2021,
                Title = "Deriving Centimeter-Level Coseismic Deformation and Fault Geometries of Small-To-Moderate Earthquakes From Time-Series Sentinel-1 SAR Images",
                Container = "Frontiers in Earth Science",
                Volume = "9",
            },
        };

        public static readonly Publication Wang = new()
        {
            Key = "wang2020space",
            Label = "2020-#1",
            Year = 2020,
            Number = 1,
            Title = new LocalizedText(
                "Space imaging geodesy reveals near circular, coseismic block rotation during the 2016 Mw 7.8 Kaikōura earthquake, New Zealand",
                "空间影像大地测量在2016年新西兰凯库拉地震中揭示的近圆形同震块体旋转"),
            Citation = new Citation
            {
                Text = ReferenceCitations.WangApa,
                Url = "https://www.doi.org/10.1029/2020GL090206",
                Doi = "10.1029/2020GL090206",
                Authors = Authors(("Wang", "T.", false), ("Jiao", "L.", false), ("Tapponnier", "P.", false), ("Shi", "X.", false), ("Wei", "S.", false)),
                Year = 2020,
                Title = "Space imaging geodesy reveals near circular, coseismic block rotation during the 2016 Mw 7.8 Kaikōura earthquake, New Zealand",
                Container = "Geophysical Research Letters",
                Volume = "47",
                ArticleNumber = "e2020GL090206",
            },
        };

        public static readonly IReadOnlyList<Publication> All = new[] { Zhang, Xu, Luo, Wang };

        public static IReadOnlyList<Author> Authors(params (string Family, string Given, bool Corresponding)[] authors) =>
            authors.Select(a => new Author { Family = a.Family, Given = a.Given, IsCorresponding = a.Corresponding }).ToArray();
    }
}
