using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ResearchContent.Generators.Tests.Infrastructure
{
    /// <summary>
    /// A deterministic corpus of any size, split over several pages, whose entries look like the reference page's:
    /// a label, bilingual titles, about 2 KB of abstracts (English and Chinese), a DOI citation in one of seven
    /// publishers' styles, and one or two figures whose images are missing (warning RC2001, as on real pages).
    /// Everything is arithmetic on the entry's index: the same arguments give the same text, byte for byte.
    /// Only the base class library is used, so other projects link this file.
    /// </summary>
    public static partial class ScaleCorpus
    {
        /// <summary>The citation styles the entries rotate through, in order.</summary>
        public static readonly IReadOnlyList<string> Styles = new[] { "AGU", "APA", "GB/T 7714", "Elsevier", "IEEE", "Vancouver", "MDPI" };

        private const int FirstYear = 1995;

        private const int Years = 30;

        /// <summary>Every this many entries, one sets its key by hand with <c>&lt;!-- key: … --&gt;</c>.</summary>
        public const int HandKeyEvery = 50;

        /// <summary>Entries numbered below this derive keys that no other entry derives; the ones above set theirs by hand.</summary>
        public static int Capacity => Families.Length * Years * FirstWords.Length;

        /// <summary>Of about 1 KB of UTF-8 each: the two abstracts of an entry together are about 2 KB.</summary>
        private const int AbstractBytes = 1000;

        /// <summary>
        /// The pages of a corpus of <paramref name="publications"/> entries split over <paramref name="files"/> pages:
        /// <c>content/publications.md</c> for one file, else <c>content/publications-01.md</c>, … Abstracts are cut from
        /// the seed paragraphs (the reference page's English and Chinese abstracts, lines 13 and 15); empty seeds use
        /// built-in paragraphs.
        /// </summary>
        public static IReadOnlyList<(string RelativePath, string Text)> Pages(int publications, int files, string abstractEn = "", string abstractZh = "")
        {
            if (publications < 1 || files < 1 || files > publications)
            {
                throw new ArgumentOutOfRangeException(nameof(files), "Need 1 ≤ files ≤ publications.");
            }

            var english = Sentences(abstractEn, '.', FallbackEnglish);
            var chinese = Sentences(abstractZh, '。', FallbackChinese);
            var digits = Math.Max(2, files.ToString(CultureInfo.InvariantCulture).Length);
            var pages = new List<(string, string)>(files);
            for (var f = 0; f < files; f++)
            {
                var first = (int)((long)publications * f / files);
                var end = (int)((long)publications * (f + 1) / files);
                var path = files == 1 ? "content/publications.md" : "content/publications-" + (f + 1).ToString("D" + digits, CultureInfo.InvariantCulture) + ".md";
                var page = new StringBuilder((end - first) * 3600);
                page.Append("---\nlayout: archive\ntitle: \"Research\"\npermalink: /publications/")
                    .Append(files == 1 ? string.Empty : (f + 1).ToString(CultureInfo.InvariantCulture) + "/")
                    .Append("\nauthor_profile: true\n---\n");
                for (var i = first; i < end; i++)
                {
                    if (i > first)
                    {
                        page.Append("\n---\n\n");
                    }

                    AppendEntry(page, i, english, chinese);
                }

                page.Append("\n----------\n# Publications\n");
                pages.Add((path, page.ToString()));
            }

            return pages;
        }

        /// <summary>The style entry <paramref name="index"/> (from 0) is cited in.</summary>
        public static string Style(int index) => Styles[index % Styles.Count];

        /// <summary>The year of entry <paramref name="index"/>: its label's and its citation's.</summary>
        public static int Year(int index) => FirstYear + (index / Families.Length % Years);

        /// <summary>The label of entry <paramref name="index"/> (from 0): <c>2003-#127</c>, unique in the corpus.</summary>
        public static string Label(int index) => Year(index).ToString(CultureInfo.InvariantCulture) + "-#" + (index + 1).ToString(CultureInfo.InvariantCulture);

        /// <summary>The key entry <paramref name="index"/> sets by hand, or null when it leaves its key to the generator.</summary>
        public static string? HandKey(int index) =>
            index % HandKeyEvery == HandKeyEvery - 1 || index >= Capacity ? "scale" + (index + 1).ToString(CultureInfo.InvariantCulture) : null;

        /// <summary>The last entry of a corpus of <paramref name="publications"/> entries that sets its key by hand, for a lookup.</summary>
        public static int LastHandKeyed(int publications)
        {
            for (var i = publications - 1; i >= 0; i--)
            {
                if (HandKey(i) is not null)
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>The English title of entry <paramref name="index"/>; no two entries share one.</summary>
        public static string TitleEn(int index)
        {
            var topic = Topics[index % Topics.Length];
            var place = Places[index / Topics.Length % Places.Length];
            var word = FirstWords[index / (Families.Length * Years) % FirstWords.Length];
            return $"{word} {topic.En} in the {place.En} region at site {index + 1}";
        }

        private static void AppendEntry(StringBuilder page, int i, string[] english, string[] chinese)
        {
            var n = (i + 1).ToString(CultureInfo.InvariantCulture);
            var topic = Topics[i % Topics.Length];
            var place = Places[i / Topics.Length % Places.Length];
            var title = TitleEn(i);
            page.Append("<b>").Append(Label(i)).Append("</b>  \n");
            if (HandKey(i) is { } key)
            {
                page.Append("<!-- key: ").Append(key).Append(" -->\n");
            }

            page.Append("<div style=\"text-align: center;\">\n")
                .Append("<b>").Append(title).Append("</b>  \n")
                .Append("<br><b>").Append(place.Zh).Append("地区").Append(topic.Zh).Append("研究：站点").Append(n).Append("</b>  \n")
                .Append("<br><a href=\"https://doi.org/").Append(Doi(i)).Append("\">").Append(Citation(i, title)).Append("</a>\n")
                .Append("</div>\n\n");

            page.Append(Abstract(english, i, " ", "Site " + n + " is one of the cases studied. ")).Append("\n\n");
            page.Append(Abstract(chinese, i, string.Empty, "站点" + n + "是研究的案例之一。")).Append("\n\n");

            var width = (500 + (i % 5 * 100)).ToString(CultureInfo.InvariantCulture);
            page.Append("<div style=\"text-align: center;\"> <img src=\"/images/scale_").Append(n).Append("_1.png\" alt=\"")
                .Append(topic.En).Append(" at site ").Append(n).Append("\" width=\"").Append(width).Append("\"> <br>")
                .Append("Observed ").Append(topic.En).Append(" in the ").Append(place.En).Append(" region, site ").Append(n).Append(".  \n")
                .Append("<br>").Append(place.Zh).Append("地区站点").Append(n).Append("观测到的").Append(topic.Zh).Append("</div>\n");
            if (i % 3 == 0)
            {
                page.Append("\n<div style=\"text-align: center;\"> <img src=\"/images/scale_").Append(n).Append("_2.png\" alt=\"Model of site ")
                    .Append(n).Append("\" width=\"").Append(width).Append("\"> <br>Modeled ").Append(topic.En).Append(" and residuals, site ").Append(n).Append(".  \n")
                    .Append("<br>站点").Append(n).Append("的模拟").Append(topic.Zh).Append("及残差</div>\n");
            }
        }

        private static string Doi(int i)
        {
            var n = (i + 1).ToString(CultureInfo.InvariantCulture);
            var year = Year(i).ToString(CultureInfo.InvariantCulture);
            return (i % Styles.Count) switch
            {
                0 => "10.1029/" + year + "GL" + (i + 1).ToString("D6", CultureInfo.InvariantCulture),
                1 => "10.3389/feart." + year + "." + (i + 1).ToString("D6", CultureInfo.InvariantCulture),
                2 => "10.1016/j.tecto." + year + "." + n,
                3 => "10.1016/j.rse." + year + "." + (i + 1).ToString("D6", CultureInfo.InvariantCulture),
                4 => "10.1109/TGRS." + year + "." + (3000000 + i + 1).ToString(CultureInfo.InvariantCulture),
                5 => "10.1093/gji/ggab" + n,
                _ => "10.3390/rs" + n,
            };
        }

        /// <summary>The citation of entry <paramref name="i"/> in its style, with its DOI where the style prints one.</summary>
        private static string Citation(int i, string title)
        {
            var family = Families[i % Families.Length];
            var initial = Given[i % Given.Length];
            var co1 = CoAuthors[i % CoAuthors.Length];
            var co2 = CoAuthors[(i + 5) % CoAuthors.Length];
            var co3 = CoAuthors[(i + 7) % CoAuthors.Length];
            var g1 = Given[(i + 3) % Given.Length];
            var g2 = Given[(i + 6) % Given.Length];
            var g3 = Given[(i + 9) % Given.Length];
            var year = Year(i).ToString(CultureInfo.InvariantCulture);
            var journal = Journals[i / Styles.Count % Journals.Length];
            var volume = (1 + (i % 60)).ToString(CultureInfo.InvariantCulture);
            var issue = (1 + (i % 12)).ToString(CultureInfo.InvariantCulture);
            var first = 1 + (i % 900) * 10;
            var last = first + 6 + (i % 17);
            var pages = first.ToString(CultureInfo.InvariantCulture) + "–" + last.ToString(CultureInfo.InvariantCulture);
            var hyphenPages = first.ToString(CultureInfo.InvariantCulture) + "-" + last.ToString(CultureInfo.InvariantCulture);
            var doi = Doi(i);
            static string Bare(string initial) => initial.TrimEnd('.');
            return (i % Styles.Count) switch
            {
                // AGU, as the reference page writes it.
                0 => $"{family}, {initial}, {g1} {co1}, {g2} {co2}, and {g3} {co3} ({year}), {title}, {journal.Full}, {volume}, {pages}.",

                // APA 7.
                1 => $"{family}, {initial}, {co1}, {g1}, {co2}, {g2}, & {co3}, {g3} ({year}). {title}. {journal.Full}, {volume}({issue}), {pages}. https://doi.org/{doi}",

                // GB/T 7714-2015.
                2 => $"{family.ToUpperInvariant()} {Bare(initial)}, {co1.ToUpperInvariant()} {Bare(g1)}, {co2.ToUpperInvariant()} {Bare(g2)}, et al. {title}[J]. {journal.Full}, {year}, {volume}({issue}): {hyphenPages}. DOI: {doi}.",

                // Elsevier (ScienceDirect's "Cite").
                3 => $"{initial} {family}, {g1} {co1}, {g2} {co2}, {title}, {journal.Full}, Volume {volume}, Issue {issue}, {year}, Pages {hyphenPages}, https://doi.org/{doi}.",

                // IEEE.
                4 => $"{initial} {family}, {g1} {co1} and {g2} {co2}, \"{title},\" in IEEE Transactions on Geoscience and Remote Sensing, vol. {volume}, no. {issue}, pp. {hyphenPages}, {year}, doi: {doi}.",

                // Vancouver (NLM).
                5 => $"{family} {Bare(initial)}, {co1} {Bare(g1)}, {co2} {Bare(g2)}, {co3} {Bare(g3)}. {title}. {journal.Short.TrimEnd('.')}. {year};{volume}({issue}):{hyphenPages}. doi:{doi}",

                // MDPI.
                _ => $"{family}, {initial}; {co1}, {g1}; {co2}, {g2}. {title}. Remote Sens. {year}, {volume}, {(1000 + i).ToString(CultureInfo.InvariantCulture)}. https://doi.org/{doi}",
            };
        }

        private static string[] Sentences(string seed, char end, string[] fallback)
        {
            if (string.IsNullOrWhiteSpace(seed))
            {
                return fallback;
            }

            var sentences = new List<string>();
            var start = 0;
            for (var k = 0; k < seed.Length; k++)
            {
                var last = k == seed.Length - 1;
                if (last || (seed[k] == end && (end != '.' || seed[k + 1] == ' ')))
                {
                    var sentence = seed.Substring(start, k + 1 - start).Trim();
                    if (sentence.Length > 0)
                    {
                        sentences.Add(sentence);
                    }

                    start = k + 1;
                }
            }

            return sentences.Count > 0 ? sentences.ToArray() : fallback;
        }

        /// <summary>About <see cref="AbstractBytes"/> of UTF-8: the seed's sentences from one that depends on the entry, round the seed.</summary>
        private static string Abstract(string[] sentences, int i, string separator, string opening)
        {
            var text = new StringBuilder(opening);
            var bytes = Encoding.UTF8.GetByteCount(opening);
            for (var k = 0; bytes < AbstractBytes && k < sentences.Length; k++)
            {
                var sentence = sentences[(i + k) % sentences.Length];
                text.Append(sentence).Append(separator);
                bytes += Encoding.UTF8.GetByteCount(sentence) + separator.Length;
            }

            return text.ToString().TrimEnd();
        }
    }
}
