using System.Globalization;
using System.Text;

namespace ResearchContent.Generators.Tests.Infrastructure
{
    /// <summary>
    /// A publications page of any size whose entries are shaped and sized like the reference page's:
    /// bilingual titles and abstracts of the same length, a DOI citation and a captioned figure.
    /// </summary>
    public static class SyntheticPage
    {
        private static readonly string[] Families = { "Zhang", "Xu", "Luo", "Wang", "Li", "Chen", "Liu", "Yang", "Huang", "Zhao" };

        public static string Build(int entries, string abstractEn, string abstractZh) => Build(1, entries, abstractEn, abstractZh);

        /// <summary>Entries numbered from <paramref name="first"/>: pages built from ranges that do not overlap share no key or DOI.</summary>
        public static string Build(int first, int entries, string abstractEn, string abstractZh)
        {
            var page = new StringBuilder();
            page.Append("---\nlayout: archive\ntitle: \"Synthetic\"\npermalink: /publications/\n---\n");
            for (var i = first; i < first + entries; i++)
            {
                if (i > first)
                {
                    page.Append("\n---\n\n");
                }

                page.Append(Entry(i, abstractEn, abstractZh));
            }

            return page.Append("\n----------\n# Publications\n").ToString();
        }

        public static string Entry(int i, string abstractEn, string abstractZh)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            var year = (2000 + (i % 25)).ToString(CultureInfo.InvariantCulture);
            var family = Families[i % Families.Length];
            return $"<b>{year}-#{n}</b>  \n"
                + $"<!-- key: paper{n} -->\n"
                + "<div style=\"text-align: center;\">\n"
                + $"<b>Synthetic study {n} of coseismic deformation from time-series Sentinel-1 SAR images</b>  \n"
                + $"<br><b>基于时序哨兵雷达数据的合成研究{n}</b>  \n"
                + $"<br><a href=\"https://doi.org/10.5555/synthetic.{n}\">{family}, A., T. Wang, and X. Shi ({year}), Synthetic study {n} of coseismic deformation from time-series Sentinel-1 SAR images, Journal of Synthetic Geodesy, 14, 8537–8551.</a>\n"
                + "</div>\n\n"
                + abstractEn + " (" + n + ")\n\n"
                + abstractZh + "（" + n + "）\n\n"
                + $"<div style=\"text-align: center;\"> <img src=\"/images/synthetic_{n}.png\" alt=\"Figure {n}\" width=\"800\"> <br>Displacement field of synthetic study {n}.  \n<br>合成研究{n}的形变场</div>\n";
        }
    }
}
