namespace ResearchContent.Generators.Tests.Infrastructure
{
    /// <summary>The words the scale corpus draws names, titles, places, journals and abstracts from.</summary>
    public static partial class ScaleCorpus
    {
        // Families × years × first title words give every entry (below Capacity) a derived key of its own.
        private static readonly string[] Families =
        {
            "Zhang", "Wang", "Li", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou",
            "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Luo", "Gao",
            "Smith", "Johnson", "Brown", "Miller", "Davis", "Garcia", "Martinez", "Anderson", "Taylor", "Thomas",
            "Moore", "Jackson", "Martin", "Lee", "Thompson", "White", "Harris", "Clark", "Lewis", "Walker",
            "Hall", "Allen", "Young", "King", "Wright", "Scott", "Green", "Baker", "Adams", "Nelson",
            "Hill", "Campbell", "Mitchell", "Roberts", "Carter", "Phillips", "Evans", "Turner", "Torres", "Parker",
        };

        private static readonly string[] Given = { "Q.", "T.", "Y.", "X.", "H.", "S.", "J.", "L.", "M.", "A.", "R.", "K." };

        private static readonly string[] CoAuthors = { "Wang", "Shi", "Pei", "Wei", "Jiao", "Ren", "Yue", "Liao", "Gong", "Tapponnier", "Zhao", "Bürgmann" };



        private static readonly string[] FirstWords =
        {
            "Deriving", "Selective", "Small", "Space", "Imaging", "Mapping", "Monitoring", "Detecting", "Estimating", "Modeling",
            "Constraining", "Characterizing", "Quantifying", "Resolving", "Tracking", "Measuring", "Improving", "Assessing", "Revisiting", "Inferring",
            "Retrieving", "Correcting", "Separating", "Reconstructing", "Evaluating", "Investigating", "Understanding", "Unraveling", "Probing", "Observing",
            "Rapid", "Robust", "Automatic", "Interseismic", "Coseismic", "Postseismic", "Transient", "Shallow", "Deep", "Surface",
            "Crustal", "Glacier", "Landslide", "Subsidence", "Volcanic", "Slow", "Joint", "Bayesian", "Adaptive", "Sparse",
            "Persistent", "Dense", "Precise", "Regional", "Long", "Fast", "Global",
        };

        private static readonly (string En, string Zh)[] Topics =
        {
            ("coseismic deformation from time-series Sentinel-1 SAR images", "基于时序哨兵雷达数据的同震形变"),
            ("fault slip with InSAR and GNSS observations", "利用InSAR与GNSS观测的断层滑动"),
            ("decorrelation masks for TanDEM-X interferograms", "TanDEM-X干涉图的失相干掩膜"),
            ("small fractures after an earthquake sequence", "地震序列之后的地表小裂隙"),
            ("block rotation in a strike-slip fault system", "走滑断层系统中的块体旋转"),
            ("land subsidence from persistent scatterers", "基于永久散射体的地面沉降"),
            ("glacier surges with optical image offsets", "基于光学影像偏移量的冰川跃动"),
            ("atmospheric delays in wide-swath interferograms", "宽幅干涉图中的大气延迟"),
            ("interseismic strain rates on a creeping fault", "蠕滑断层的震间应变率"),
            ("landslide motion with multi-track SAR data", "利用多轨道SAR数据的滑坡运动"),
            ("volcanic inflation beneath a caldera", "火山口下方的岩浆膨胀"),
            ("postseismic afterslip and viscoelastic relaxation", "震后余滑与粘弹性松弛"),
            ("surface ruptures with phase gradient maps", "基于相位梯度图的地表破裂"),
        };

        private static readonly (string En, string Zh)[] Places =
        {
            ("Ridgecrest", "里奇克莱斯特"), ("Kaikoura", "凯库拉"), ("Wenchuan", "汶川"), ("Maduo", "玛多"), ("Kuqa", "库车"),
            ("Nyima", "尼玛"), ("Zhongba", "仲巴"), ("Wuhan", "武汉"), ("Tibetan Plateau", "青藏高原"), ("Hawaii", "夏威夷"),
            ("Anatolia", "安纳托利亚"), ("Nepal Himalaya", "尼泊尔喜马拉雅"), ("Tianshan", "天山"), ("Qilian Shan", "祁连山"), ("Sichuan Basin", "四川盆地"),
            ("Haiyuan", "海原"), ("Altyn Tagh", "阿尔金"), ("Longmen Shan", "龙门山"), ("Xianshuihe", "鲜水河"), ("Kunlun", "昆仑"),
        };

        private static readonly (string Full, string Short)[] Journals =
        {
            ("Geophysical Research Letters", "Geophys. Res. Lett."),
            ("Remote Sensing of Environment", "Remote Sens. Environ."),
            ("Frontiers in Earth Science", "Front. Earth Sci."),
            ("Earth and Planetary Science Letters", "Earth Planet. Sci. Lett."),
            ("Geophysical Journal International", "Geophys. J. Int."),
            ("Tectonophysics", "Tectonophysics"),
            ("Seismological Research Letters", "Seismol. Res. Lett."),
        };

        private static readonly string[] FallbackEnglish =
        {
            "Synthetic aperture radar interferometry (InSAR) is a remote sensing tool that can accurately map terrain and surface deformation with high resolution.",
            "Decorrelation is one of the main limitations for InSAR, and masking decorrelated pixels is crucial for retrieving information from interferograms.",
            "Here we propose a stacking method using time-series SAR images that can effectively suppress atmospheric phase screens.",
            "We apply the method to several earthquakes and compare the results with GNSS observations and seismological catalogues.",
            "Our results show that the method recovers centimeter-level deformation that single interferograms cannot resolve.",
            "We believe that in the InSAR big data era, such methods can greatly reduce time and labor.",
        };

        private static readonly string[] FallbackChinese =
        {
            "合成孔径雷达干涉测量（InSAR）是一种能够高分辨率精确测绘地形和地表形变的遥感工具。",
            "失相干是其主要的限制之一，通过掩膜去除干涉图中的失相干相位对提取有效信息至关重要。",
            "我们提出了一种基于时间序列SAR影像的方法，该方法可以有效地抑制大气相位屏。",
            "我们将该方法应用于多个地震，并与GNSS观测和地震目录进行了比较。",
            "结果表明，该方法可以提取单个干涉图无法分辨的厘米级形变。",
            "我们相信，在InSAR大数据时代，这样的方法可以大大节省时间和人力。",
        };
    }
}
