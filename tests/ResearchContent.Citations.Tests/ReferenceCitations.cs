namespace ResearchContent.Citations.Tests
{
    /// <summary>The citations of content/publications.md as plain text (entities decoded, tags stripped).</summary>
    internal static class ReferenceCitations
    {
        public const string ZhangAgu = "Zhang, Q., T. Wang, Y. Pei, and X. Shi (2021), Selective Kernel Res-Attention UNet: Deep Learning for Generating Decorrelation Mask with Applications to TanDEM-X Interferograms, IEEE J. Sel. Top. Appl. Earth Obs. Remote Sens., 14, 8537–8551.";

        public const string XuAgu = "Xu, A., Y. Zhao, T. Wang*, C. Ren, and H. Yue (2021), Small Fractures Caused by the 2019 Ridgecrest Earthquake Sequence: Insights From 3D Coseismic Displacement and Uniaxial Loading Rock Experiments. Frontiers in Earth Science, 9(June), 1–11.";

        public const string LuoApa = "Luo, H., Wang, T., Wei, S., Liao, M., and Gong, J. (2021). Deriving Centimeter-Level Coseismic Deformation and Fault Geometries of Small-To-Moderate Earthquakes From Time-Series Sentinel-1 SAR Images. Frontiers in Earth Science 9.";

        public const string WangApa = "Wang, T., Jiao, L., Tapponnier, P., Shi, X., & Wei, S. (2020). Space imaging geodesy reveals near circular, coseismic block rotation during the 2016 Mw 7.8 Kaikōura earthquake, New Zealand. Geophysical Research Letters, 47, e2020GL090206.";

        public static readonly string[] All = { ZhangAgu, XuAgu, LuoApa, WangApa };
    }
}
