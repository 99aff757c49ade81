using ResearchContent.Generators.Tests.Infrastructure;
using Xunit;

namespace ResearchContent.Generators.Tests
{
    /// <summary>
    /// A valid bilingual page modelled on the reference page, for tests to break one entry of. Of(Zhang, Xu, Wang)
    /// puts the front matter on lines 1–5 and the entries on lines 6–18, 22–34 and 38–50:
    /// label +0, header &lt;div&gt; +1, English title +2, Chinese title +3, citation +4, abstracts +7 and +9,
    /// figure block +11.
    /// </summary>
    internal static class SamplePage
    {
        public const string FrontMatter = "---\nlayout: archive\ntitle: \"Research\"\npermalink: /publications/\n---\n";

        public const string Trailer = "----------\n# Publications\n\n{% include base_path %}\n";

        public const string ZhangTitleZh = "基于深度学习生成失相干掩膜及其在TanDEM-X干涉图中的应用";
        public const string ZhangAbstractZh = "合成孔径雷达干涉测量（InSAR）是一种能够高分辨率精确测绘地形和地表形变的遥感工具。";
        public const string XuTitle = "Small Fractures Caused by the 2019 Ridgecrest Earthquake Sequence: Insights from 3D coseismic displacement and uniaxial loading rock experiments";
        public const string XuTitleZh = "由2019年Ridgecrest地震序列引起的地表小裂隙:基于三维同震位移和单轴加载岩石实验的研究";
        public const string XuAbstractZh = "2019年7月4日和6日矩震级为6.4和7.1的Ridgecrest地震序列，破裂了加利福尼亚东部剪切带内的一个共轭断层系统。";
        public const string WangTitleZh = "空间影像大地测量在2016年新西兰凯库拉地震中揭示的近圆形同震块体旋转";
        public const string WangAbstractZh = "大地震通常会通过在板块边界断层发生破裂，将累积的应力以局部位移和应变的形式释放出来。";

        public static readonly string Zhang = string.Join("\n",
            "<b>2021-#3</b>  ",
            "<div style=\"text-align: center;\">",
            "<b>Selective Kernel Res-Attention UNet: Deep Learning for Generating Decorrelation Mask with Applications to TanDEM-X Interferograms</b>  ",
            "<br><b>" + ZhangTitleZh + "</b>  ",
            "<br><a href=\"https://ieeexplore.ieee.org/document/9516966\">Zhang, Q., T. Wang, Y. Pei, and X. Shi (2021), Selective Kernel Res-Attention UNet: Deep Learning for Generating Decorrelation Mask with Applications to TanDEM-X Interferograms, IEEE J. Sel. Top. Appl. Earth Obs. Remote Sens., 14, 8537–8551.</a>",
            "</div>",
            "",
            "Synthetic aperture radar interferometry (InSAR) is a remote sensing tool that can accurately map terrain and surface deformation with high resolution.",
            "",
            ZhangAbstractZh,
            "",
            "<div style=\"text-align: center;\"> <img src=\"/images/zhangqi.png\" alt=\"Decorrelation masks of Wuhan\" width=\"900\"> <br>Decorrelation masks of the TanDEM-X interferogram covering Wuhan.  ",
            "<br>中国武汉城区TanDEM-X掩膜干涉图</div>");

        public static readonly string Xu = string.Join("\n",
            "<b>2021-#2</b>  ",
            "<div style=\"text-align: center;\">",
            "<b>" + XuTitle + "</b>  ",
            "<br><b>" + XuTitleZh + "</b>  ",
            "<br><a href=\"https://doi.org/10.3389/feart.2021.672809\">Xu, A., Y. Zhao, T. Wang*, C. Ren, and H. Yue (2021), Small Fractures Caused by the 2019 Ridgecrest Earthquake Sequence: Insights From 3D Coseismic Displacement and Uniaxial Loading Rock Experiments. Frontiers in Earth Science, 9(June), 1–11.</a>",
            "</div>",
            "",
            "The moment magnitude (Mw) 6.4 and 7.1 Ridgecrest earthquake sequence occurred on 4th and 6th July 2019, ruptured a conjugate fault system within the eastern California shear zone.",
            "",
            XuAbstractZh,
            "",
            "<div style=\"text-align: center;\"> <img src=\"/images/xuandong.png\" alt=\"Strain fields of marble samples\" width=\"500\"> <br>Strain fields observed before the broken of marble samples.  ",
            "<br>大理岩样品破裂前的应变场特征</div>");

        public static readonly string Wang = string.Join("\n",
            "<b>2020-#1</b>  ",
            "<div style=\"text-align: center;\">",
            "<b>Space imaging geodesy reveals near circular, coseismic block rotation during the 2016 Mw 7.8 Kaikōura earthquake, New Zealand</b>  ",
            "<br><b>" + WangTitleZh + "</b>  ",
            "<br><a href=\"https://doi.org/10.1029/2020GL090206\">Wang, T., Jiao, L., Tapponnier, P., Shi, X., &amp; Wei, S. (2020). Space imaging geodesy reveals near circular, coseismic block rotation during the 2016 Mw 7.8 Kaikōura earthquake, New Zealand. Geophysical Research Letters, 47, e2020GL090206.</a>",
            "</div>",
            "",
            "Large earthquakes usually rupture plate boundary faults, releasing the accumulated stress as displacements localized along smooth, narrow faults.",
            "",
            WangAbstractZh,
            "",
            "<div style=\"text-align: center;\"> <img src=\"/images/research_33_1.png\" alt=\"Coseismic displacement along the Hope fault\" width=\"800\"> <br>Three-dimensional (3D) coseismic displacement along the Hope fault.  ",
            "<br>Hope断层附近三维同震形变场揭示的块体旋转破裂模式 </div>");

        public static readonly string[] AllKeys = { "zhang2021selective", "xu2021small", "wang2020space" };

        /// <summary>The images the sample figures show, as content files.</summary>
        public static readonly string[] Images = { "content/images/zhangqi.png", "content/images/xuandong.png", "content/images/research_33_1.png" };

        /// <summary>The front matter, the entries separated by '---' lines, then the page text after '----------'.</summary>
        public static string Of(params string[] entries) =>
            FrontMatter + string.Join("\n\n---\n\n", entries) + "\n\n" + Trailer;

        /// <summary>Runs the generator on the page, with the sample images as content files.</summary>
        public static GeneratorRun Run(string page) => GeneratorHarness.ForPage(page, Images).Run();
    }
}
