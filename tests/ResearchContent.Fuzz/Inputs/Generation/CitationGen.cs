using FsCheck;
using FsCheck.Fluent;
using static ResearchContent.Fuzz.Inputs.Generation.TextGen;
using static ResearchContent.Fuzz.Inputs.Generation.TextParts;

namespace ResearchContent.Fuzz.Inputs.Generation
{
    /// <summary>Citation sentences in the styles the citation parser reads (AGU, APA, IEEE, GB/T 7714), and broken ones.</summary>
    internal static class CitationGen
    {
        private static readonly Gen<string> Family = Literal("Xu", "Zhao", "Wang", "O'Brien", "van der Berg", "Müller", "张", "García-López", "Lin");

        private static readonly Gen<string> Initial = Literal("A.", "Y.", "T.", "J.-P.", "Q.", "X", "");

        private static readonly Gen<string> Agu = Concat(
            Join(", ", Concat(Family, Gen.Constant(", "), Initial), 1, 5), Gen.Constant(" ("), Year, Gen.Constant("), "), Text,
            Gen.Constant(", "), Literal("Front. Earth Sci.", "Geophys. Res. Lett.", "J. Geophys. Res. Solid Earth", ""), Gen.Constant(", "),
            Gen.Choose(1, 130).Select(n => n.ToString()), Gen.Constant(", "), Literal("672809", "1-10", "e2020GL090123", "8537–8551"), Gen.Constant("."));

        private static readonly Gen<string> Apa = Concat(
            Join(", ", Concat(Family, Gen.Constant(", "), Initial), 1, 4), Literal(", &amp; ", ", & ", " and "), Family, Gen.Constant(", A. ("), Year,
            Gen.Constant("). "), Text, Gen.Constant(". "), Literal("<i>Nature</i>", "Remote Sensing", "Science"), Gen.Constant(", "),
            Gen.Choose(1, 99).Select(n => n + "(" + n % 7 + ")"), Gen.Constant(", 1–10. "), Url);

        private static readonly Gen<string> Ieee = Concat(
            Join(", ", Concat(Initial, Gen.Constant(" "), Family), 1, 4), Gen.Constant(", \u201C"), Text, Gen.Constant(",\u201D "),
            Literal("IEEE Trans. Geosci. Remote Sens.", "IEEE J. Sel. Topics Appl. Earth Observ."), Gen.Constant(", vol. "),
            Gen.Choose(1, 70).Select(n => n.ToString()), Gen.Constant(", pp. 1–10, "), Year, Gen.Constant("."));

        private static readonly Gen<string> Gbt = Concat(
            Join(", ", Literal("张三", "李四", "王五", "ZHANG S"), 1, 4), Gen.Constant(". "), Text, Literal("[J]", "[D]", "[M]", "[C]//", ""),
            Gen.Constant(". "), Literal("地震学报", "地球物理学报", "中国科学"), Gen.Constant(", "), Year, Gen.Constant(", 43(2): 1-10."));

        public static readonly Gen<string> Citation = Gen.Frequency(
            (4, Agu), (3, Apa), (2, Ieee), (2, Gbt), (1, Text), (1, Literal("", "(2021)", "Xu, A. (2021),", "2021. 2022. 2023.")));
    }
}
