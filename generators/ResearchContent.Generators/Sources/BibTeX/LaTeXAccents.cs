using System.Collections.Generic;

namespace ResearchContent.Generators.Sources.BibTeX
{
    /// <summary>
    /// LaTeX's accent commands (<c>\"o</c>, <c>\'{e}</c>, <c>\v{z}</c>, <c>\c{c}</c>) and the letters they make.
    /// </summary>
    /// <remarks>
    /// The accented letters are listed rather than composed with <see cref="string.Normalize()"/>: normalization
    /// depends on the ICU the compiler process happens to load (and throws in globalization-invariant mode), and the
    /// catalog must be the same on every machine. The pairs are Unicode's canonical compositions of the ASCII letters
    /// with each mark; a letter that has none keeps the combining mark after it, which renders the same.
    /// </remarks>
    internal static class LaTeXAccents
    {
        private static readonly Dictionary<string, Accent> ByCommand = new()
        {
            ["`"] = new('\u0300', "`", "AÀEÈIÌNǸOÒUÙWẀYỲaàeèiìnǹoòuùwẁyỳ"),
            ["'"] = new('\u0301', "´", "AÁCĆEÉGǴIÍKḰLĹMḾNŃOÓPṔRŔSŚUÚWẂYÝZŹaácćeégǵiíkḱlĺmḿnńoópṕrŕsśuúwẃyýzź"),
            ["^"] = new('\u0302', "^", "AÂCĈEÊGĜHĤIÎJĴOÔSŜUÛWŴYŶZẐaâcĉeêgĝhĥiîjĵoôsŝuûwŵyŷzẑ"),
            ["~"] = new('\u0303', "~", "AÃEẼIĨNÑOÕUŨVṼYỸaãeẽiĩnñoõuũvṽyỹ"),
            ["="] = new('\u0304', "¯", "AĀEĒGḠIĪOŌUŪYȲaāeēgḡiīoōuūyȳ"),
            ["u"] = new('\u0306', "˘", "AĂEĔGĞIĬOŎUŬaăeĕgğiĭoŏuŭ"),
            ["."] = new('\u0307', "˙", "AȦBḂCĊDḊEĖFḞGĠHḢIİMṀNṄOȮPṖRṘSṠTṪWẆXẊYẎZŻaȧbḃcċdḋeėfḟgġhḣmṁnṅoȯpṗrṙsṡtṫwẇxẋyẏzż"),
            ["\""] = new('\u0308', "¨", "AÄEËHḦIÏOÖUÜWẄXẌYŸaäeëhḧiïoötẗuüwẅxẍyÿ"),
            ["r"] = new('\u030A', "˚", "AÅUŮaåuůwẘyẙ"),
            ["H"] = new('\u030B', "˝", "OŐUŰoőuű"),
            ["v"] = new('\u030C', "ˇ", "AǍCČDĎEĚGǦHȞIǏKǨLĽNŇOǑRŘSŠTŤUǓZŽaǎcčdďeěgǧhȟiǐjǰkǩlľnňoǒrřsštťuǔzž"),
            ["d"] = new('\u0323', ".", "AẠBḄDḌEẸHḤIỊKḲLḶMṂNṆOỌRṚSṢTṬUỤVṾWẈYỴZẒaạbḅdḍeẹhḥiịkḳlḷmṃnṇoọrṛsṣtṭuụvṿwẉyỵzẓ"),
            ["c"] = new('\u0327', "¸", "CÇDḐEȨGĢHḨKĶLĻNŅRŖSŞTŢcçdḑeȩgģhḩkķlļnņrŗsştţ"),
            ["k"] = new('\u0328', "˛", "AĄEĘIĮOǪUŲaąeęiįoǫuų"),
            ["b"] = new('\u0331', "_", "BḆDḎKḴLḺNṈRṞTṮZẔbḇdḏhẖkḵlḻnṉrṟtṯzẕ"),
            ["t"] = new('\u0361', string.Empty, string.Empty),
        };

        /// <summary>Whether the command (without its backslash) is an accent.</summary>
        public static bool IsAccent(string command) => ByCommand.ContainsKey(command);

        /// <summary>The letter <paramref name="letter"/> with the accent, as one character where Unicode has one.</summary>
        /// <param name="command">The accent command without its backslash, such as <c>"</c> or <c>v</c>.</param>
        /// <param name="letter">The accented letter or letters; empty for an accent over nothing (<c>\~{}</c>).</param>
        public static string Apply(string command, string letter)
        {
            var accent = ByCommand[command];
            if (letter.Length == 0)
            {
                return accent.Alone;
            }

            var pairs = accent.Pairs;
            for (var i = 0; i + 1 < pairs.Length; i += 2)
            {
                if (pairs[i] == letter[0])
                {
                    return pairs[i + 1] + letter.Substring(1);
                }
            }

            // No precomposed letter (or a surrogate pair): the combining mark follows the letter's first character.
            var first = char.IsHighSurrogate(letter[0]) && letter.Length > 1 ? 2 : 1;
            return letter.Substring(0, first) + accent.Mark + letter.Substring(first);
        }

        private sealed class Accent
        {
            /// <summary>An accent: its combining mark, its form over nothing, and its letters.</summary>
            public Accent(char mark, string alone, string pairs)
            {
                Mark = mark;
                Alone = alone;
                Pairs = pairs;
            }

            /// <summary>The combining mark.</summary>
            public char Mark { get; }

            /// <summary>The accent over nothing, as <c>\~{}</c> writes a tilde in a URL.</summary>
            public string Alone { get; }

            /// <summary>Letter and accented letter, pair after pair.</summary>
            public string Pairs { get; }
        }
    }
}
