using System.Collections.Generic;
using ResearchContent.Generators.Model;

namespace ResearchContent.Generators.Sources.BibTeX
{
    /// <summary>
    /// One name in BibTeX's name grammar: <c>First von Last</c>, <c>von Last, First</c> or <c>von Last, Jr, First</c>.
    /// The von part is the words that start lower-case outside braces, from the first such word to the last one
    /// before the final word, as BibTeX finds it; the family name is von and Last together (<c>van der Berg</c>).
    /// </summary>
    /// <remarks>
    /// A word's case is that of its first letter outside braces; a brace group that starts with a command, such as
    /// <c>{\"O}zt{\"u}rk</c> or <c>{\relax Ch}arles</c>, is a "special character" whose case is its letter's. A brace
    /// group without a command has no case, so <c>{de La} Fontaine</c> keeps "de La" in the given name and
    /// <c>{Jet Propulsion Laboratory}</c> is one word, a family name with no given name. Words are separated by
    /// white space and <c>~</c>; a hyphen joins, so that <c>Jian-hua Wang</c> is a given name and a family name,
    /// as biber and pandoc read it.
    /// </remarks>
    internal static class BibTeXName
    {
        // Commands that are letters: their case is the command's (\OE is upper-case, \ss lower-case).
        private static readonly HashSet<string> LetterCommands = new() { "i", "j", "oe", "OE", "ae", "AE", "aa", "AA", "o", "O", "l", "L", "ss" };

        /// <summary>The name as a family and a given name, or <see langword="null"/> when it holds no word.</summary>
        public static ParsedAuthor? Parse(string raw)
        {
            var parts = SplitOutsideBraces(raw, ',');
            var words = Words(parts[0]);
            if (parts.Count == 1)
            {
                if (words.Count == 0)
                {
                    return null;
                }

                // First von Last: von runs from the first lower-case word to the last one before the final word.
                // Von and Last together are the family name, so it starts at the first lower-case word.
                var firstLower = -1;
                for (var i = 0; i < words.Count - 1 && firstLower < 0; i++)
                {
                    firstLower = StartsLowerCase(words[i]) ? i : -1;
                }

                var familyStart = firstLower < 0 ? words.Count - 1 : firstLower;
                return Author(Join(words, familyStart, words.Count), Join(words, 0, familyStart), string.Empty);
            }

            // von Last, [Jr,] First: all words before the comma are the family name, von and Last alike.
            var given = parts.Count == 2 ? parts[1] : string.Join(", ", parts.GetRange(2, parts.Count - 2));
            var suffix = parts.Count == 2 ? string.Empty : parts[1];
            return Author(Join(words, 0, words.Count), given, suffix);
        }

        private static ParsedAuthor? Author(string family, string given, string suffix)
        {
            family = LaTeXDecoder.Decode(family);
            given = LaTeXDecoder.Decode(given);
            suffix = LaTeXDecoder.Decode(suffix);
            if (family.Length == 0)
            {
                if (given.Length == 0)
                {
                    return null;
                }

                (family, given) = (given, string.Empty);
            }

            return new ParsedAuthor(family, given, IsCorresponding: false) { Suffix = suffix.Length == 0 ? null : suffix };
        }

        /// <summary>Whether the word's case, as BibTeX determines it, is lower: the mark of a von particle.</summary>
        public static bool StartsLowerCase(string word)
        {
            for (var i = 0; i < word.Length; i++)
            {
                var c = word[i];
                if (c == '{')
                {
                    var close = MatchingBrace(word, i);
                    if (i + 1 < word.Length && word[i + 1] == '\\')
                    {
                        return SpecialCharacterIsLower(word, i + 1, close);
                    }

                    i = close;
                }
                else if (c == '\\')
                {
                    // A command outside braces (\"Ozt\"urk): a letter command decides, an accent is skipped.
                    var end = CommandEnd(word, i);
                    var command = word.Substring(i + 1, end - i - 1);
                    if (LetterCommands.Contains(command))
                    {
                        return char.IsLower(command[0]);
                    }

                    i = end - 1;
                }
                else if (char.IsLower(c))
                {
                    return true;
                }
                else if (char.IsUpper(c))
                {
                    return false;
                }
            }

            return false;
        }

        private static bool SpecialCharacterIsLower(string word, int backslash, int close)
        {
            var end = CommandEnd(word, backslash);
            var command = word.Substring(backslash + 1, end - backslash - 1);
            if (LetterCommands.Contains(command))
            {
                return char.IsLower(command[0]);
            }

            for (var i = end; i < close; i++)
            {
                if (char.IsLower(word[i]))
                {
                    return true;
                }

                if (char.IsUpper(word[i]))
                {
                    return false;
                }
            }

            return false;
        }

        private static int CommandEnd(string word, int backslash)
        {
            var end = backslash + 1;
            if (end < word.Length && BibTeXCursor.IsLetter(word[end]))
            {
                while (end < word.Length && BibTeXCursor.IsLetter(word[end]))
                {
                    end++;
                }

                return end;
            }

            return end < word.Length ? end + 1 : end;
        }

        private static int MatchingBrace(string text, int open)
        {
            var depth = 0;
            for (var i = open; i < text.Length; i++)
            {
                depth += text[i] == '{' ? 1 : text[i] == '}' ? -1 : 0;
                if (depth == 0)
                {
                    return i;
                }
            }

            return text.Length - 1;
        }

        private static List<string> SplitOutsideBraces(string text, char separator)
        {
            var parts = new List<string>();
            var depth = 0;
            var start = 0;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                depth += c == '{' ? 1 : c == '}' && depth > 0 ? -1 : 0;
                if (depth == 0 && c == separator)
                {
                    parts.Add(text.Substring(start, i - start).Trim());
                    start = i + 1;
                }
            }

            parts.Add(text.Substring(start).Trim());
            return parts;
        }

        /// <summary>The words of a part, split at white space and <c>~</c> outside braces.</summary>
        private static List<string> Words(string part)
        {
            var words = new List<string>();
            var depth = 0;
            var start = -1;
            for (var i = 0; i <= part.Length; i++)
            {
                var c = i < part.Length ? part[i] : ' ';
                var separates = depth == 0 && (BibTeXCursor.IsWhiteSpace(c) || c == '~');
                if (separates)
                {
                    if (start >= 0)
                    {
                        words.Add(part.Substring(start, i - start));
                        start = -1;
                    }

                    continue;
                }

                start = start < 0 ? i : start;
                depth += c == '{' ? 1 : c == '}' && depth > 0 ? -1 : 0;
            }

            return words;
        }

        private static string Join(List<string> words, int start, int end) =>
            start >= end ? string.Empty : string.Join(" ", words.GetRange(start, end - start));
    }
}
