using System.Collections.Generic;
using System.Globalization;

namespace ResearchContent.Generators.Primitives
{
    /// <summary>
    /// Characters that a reader or a reviewer cannot see but that change what text is: bidirectional controls, which
    /// reorder the characters around them on screen (the "Trojan Source" class, CVE-2021-42574), and invisible
    /// characters, which make two titles or keys that look alike differ. Unicode's own lists (UAX #9's explicit
    /// formatting characters; the Default_Ignorable_Code_Point characters that have no visible form) are the source.
    /// </summary>
    internal static class MisleadingCharacters
    {
        /// <summary>How many runs of them one entry or one file reports: a file of thousands is shown by its first few.</summary>
        public const int ReportedPerSource = 20;

        private static readonly Dictionary<int, string> Names = new()
        {
            [0x00AD] = "SOFT HYPHEN",
            [0x034F] = "COMBINING GRAPHEME JOINER",
            [0x061C] = "ARABIC LETTER MARK",
            [0x115F] = "HANGUL CHOSEONG FILLER",
            [0x1160] = "HANGUL JUNGSEONG FILLER",
            [0x180E] = "MONGOLIAN VOWEL SEPARATOR",
            [0x200B] = "ZERO WIDTH SPACE",
            [0x200C] = "ZERO WIDTH NON-JOINER",
            [0x200D] = "ZERO WIDTH JOINER",
            [0x200E] = "LEFT-TO-RIGHT MARK",
            [0x200F] = "RIGHT-TO-LEFT MARK",
            [0x202A] = "LEFT-TO-RIGHT EMBEDDING",
            [0x202B] = "RIGHT-TO-LEFT EMBEDDING",
            [0x202C] = "POP DIRECTIONAL FORMATTING",
            [0x202D] = "LEFT-TO-RIGHT OVERRIDE",
            [0x202E] = "RIGHT-TO-LEFT OVERRIDE",
            [0x2060] = "WORD JOINER",
            [0x2061] = "FUNCTION APPLICATION",
            [0x2062] = "INVISIBLE TIMES",
            [0x2063] = "INVISIBLE SEPARATOR",
            [0x2064] = "INVISIBLE PLUS",
            [0x2066] = "LEFT-TO-RIGHT ISOLATE",
            [0x2067] = "RIGHT-TO-LEFT ISOLATE",
            [0x2068] = "FIRST STRONG ISOLATE",
            [0x2069] = "POP DIRECTIONAL ISOLATE",
            [0x3164] = "HANGUL FILLER",
            [0xFEFF] = "ZERO WIDTH NO-BREAK SPACE (a byte-order mark inside the text)",
            [0xFFA0] = "HALFWIDTH HANGUL FILLER",
        };

        /// <summary>The misleading characters of a text, each run of them once, at most <paramref name="limit"/> runs.</summary>
        /// <param name="text">The text.</param>
        /// <param name="from">Where to start: 1 skips a file's leading byte-order mark, which is no part of its text.</param>
        /// <param name="limit">How many runs to find.</param>
        public static List<(int Offset, int Length, int CodePoint)> Find(string text, int from, int limit)
        {
            var found = new List<(int Offset, int Length, int CodePoint)>();
            for (var i = from; i < text.Length && found.Count < limit; i++)
            {
                var width = Width(text, i);
                if (width == 0 || IsJoinerInSequence(text, i))
                {
                    continue;
                }

                if (width == 2 && i >= 2 && text[i - 2] == '\uD83C' && text[i - 1] == '\uDFF4')
                {
                    // A subdivision flag (🏴 and tags spelling "gbsct"): the tags are the flag, not hidden text.
                    while (i + 2 < text.Length && Width(text, i + 2) == 2)
                    {
                        i += 2;
                    }

                    i++;
                    continue;
                }

                var first = CodePoint(text, i);
                var end = i + width;
                while (end < text.Length && Width(text, end) is var next && next > 0)
                {
                    end += next;
                }

                found.Add((i, end - i, first));
                i = end - 1;
            }

            return found;
        }

        /// <summary>Whether a character is one of these: how the generated code knows to write it as an escape.</summary>
        public static bool Is(char c) => Names.ContainsKey(c);

        /// <summary>The character as messages name it: <c>U+202E RIGHT-TO-LEFT OVERRIDE</c>.</summary>
        public static string Describe(int codePoint) =>
            Notation(codePoint) + " " + (Names.TryGetValue(codePoint, out var name) ? name : "TAG CHARACTER");

        /// <summary>A code point as Unicode writes it: <c>U+202E</c>.</summary>
        public static string Notation(int codePoint) => "U+" + codePoint.ToString("X4", CultureInfo.InvariantCulture);

        /// <summary>How many UTF-16 units the misleading character at <paramref name="i"/> takes; 0 when there is none.</summary>
        private static int Width(string text, int i)
        {
            var c = text[i];
            if (Names.ContainsKey(c))
            {
                return 1;
            }

            // Tag characters (U+E0000–U+E007F) spell ASCII that no one sees; only a subdivision flag uses them.
            return c == '\uDB40' && i + 1 < text.Length && text[i + 1] is >= '\uDC00' and <= '\uDC7F' ? 2 : 0;
        }

        private static int CodePoint(string text, int i) =>
            char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                ? char.ConvertToUtf32(text[i], text[i + 1])
                : text[i];

        /// <summary>
        /// A joiner that belongs to the writing: a zero width joiner inside an emoji sequence (👩‍🔬), and either joiner
        /// between two letters of the scripts that need them (Arabic, Persian, the Indic scripts).
        /// </summary>
        private static bool IsJoinerInSequence(string text, int i)
        {
            if (text[i] is not ('\u200C' or '\u200D') || i == 0 || i + 1 >= text.Length)
            {
                return false;
            }

            var before = text[i - 1];
            var after = text[i + 1];
            if (text[i] == '\u200D' && (char.IsLowSurrogate(before) || before == '\uFE0F') && char.IsHighSurrogate(after))
            {
                return true;
            }

            return IsJoiningScript(before) && IsJoiningScript(after);
        }

        private static bool IsJoiningScript(char c) => c is >= '\u0600' and <= '\u06FF' or >= '\u0900' and <= '\u0DFF';
    }
}
