using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using ResearchContent.Generators.Primitives;
using ResearchContent.Generators.Sources.Citations;

namespace ResearchContent.Generators.Keys
{
    /// <summary>Derives BibTeX-style keys (<c>zhang2021selective</c>) for entries that do not set one by hand.</summary>
    internal static class KeyDeriver
    {
        // The stop words of biblatex and JabRef key patterns: articles, prepositions and conjunctions.
        private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
        {
            "a", "an", "the", "above", "about", "across", "against", "along", "among", "around", "as", "at",
            "before", "behind", "below", "beneath", "beside", "between", "beyond", "by", "down", "during",
            "except", "for", "from", "in", "inside", "into", "like", "near", "of", "off", "on", "onto", "since",
            "to", "toward", "towards", "through", "under", "until", "up", "upon", "via", "with", "within",
            "without", "and", "but", "nor", "or", "so", "yet", "is", "are",
        };

        /// <summary>
        /// The key from the first author's family name, the year and the first title word that is neither a stop word
        /// nor only a number. Without a family name (none printed, or one in a script that does not fold to ASCII) the
        /// title's first two such words stand for it: <c>deep2023learning</c> says more than <c>anon2023deep</c>. With no
        /// Latin word in the title either (a paper published only in Chinese), a Chinese surname's pinyin does
        /// (<c>chen2021</c>, <see cref="ChineseSurname"/>).
        /// </summary>
        public static string Derive(string familyName, int year, string? title)
        {
            var words = new List<string>();
            foreach (var candidate in Words(title ?? string.Empty))
            {
                if (!StopWords.Contains(candidate) && !IsNumber(candidate))
                {
                    words.Add(candidate);
                }
            }

            var family = Fold(familyName);
            var next = 0;
            if (family.Length == 0 || !IsAsciiLetter(family[0]))
            {
                family = words.Count > 0 && IsAsciiLetter(words[0][0]) ? words[next++] : ChineseSurname.Romanize(familyName) ?? "anon";
            }

            var word = next < words.Count ? words[next] : string.Empty;
            return family + year.ToString(CultureInfo.InvariantCulture) + word;
        }

        /// <summary>
        /// The first author's family name when the citation parser could not read the author list: from the text before
        /// the first comma or semicolon, whatever the name order (<c>Q. Zhang</c>, <c>Zhang Q</c>, <c>Meiling Wen</c>,
        /// <c>van der Woerd</c>), if it looks like a name at all; else empty.
        /// </summary>
        public static string FirstFamilyName(string citation)
        {
            var end = citation.IndexOfAny(new[] { ',', ';' });
            if (end <= 0)
            {
                return string.Empty;
            }

            var words = citation.Substring(0, end).Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 4)
            {
                return string.Empty;
            }

            var names = new List<string>();
            var particle = -1;
            foreach (var word in words)
            {
                foreach (var c in word)
                {
                    if (!(char.IsLetter(c) || c is '.' or '-' or '\'' or '’' or '*'))
                    {
                        return string.Empty;
                    }
                }

                // Initials, with or without their periods ("Q.", "J.-P.", Vancouver's "RJ"), are not the family name.
                var bare = word.Trim('*');
                if (bare.EndsWith(".", StringComparison.Ordinal) || (bare.Length <= 3 && IsAllUpper(bare) && words.Length > 1))
                {
                    continue;
                }

                if (particle < 0 && char.IsLower(bare[0]))
                {
                    particle = names.Count;
                }

                names.Add(bare);
            }

            // "van der Woerd" keeps its particles; of full names without one, the last is the family ("Meiling Wen").
            if (names.Count == 0)
            {
                return string.Empty;
            }

            return particle >= 0 ? string.Concat(names.GetRange(particle, names.Count - particle)) : names[names.Count - 1];
        }

        /// <summary>Lower-case ASCII letters and digits: accents removed, other characters dropped.</summary>
        public static string Fold(string text)
        {
            var builder = new StringBuilder(text.Length);
            foreach (var c in UnicodeNormalization.Normalize(text, NormalizationForm.FormD))
            {
                if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
                {
                    builder.Append(c);
                }
                else if (c is >= 'A' and <= 'Z')
                {
                    builder.Append(char.ToLowerInvariant(c));
                }
                else if (c is 'ß')
                {
                    builder.Append("ss");
                }
                else if (c is 'ø' or 'Ø')
                {
                    builder.Append('o');
                }
                else if (c is 'æ' or 'Æ')
                {
                    builder.Append("ae");
                }
                else if (c is 'ł' or 'Ł')
                {
                    builder.Append('l');
                }
                else if (c is 'đ' or 'Đ')
                {
                    builder.Append('d');
                }
            }

            return builder.ToString();
        }

        public static IEnumerable<string> Words(string text)
        {
            var word = new StringBuilder();
            foreach (var c in text + " ")
            {
                if (char.IsLetterOrDigit(c))
                {
                    word.Append(c);
                    continue;
                }

                if (c is '\'' or '’')
                {
                    continue;
                }

                if (word.Length > 0)
                {
                    var folded = Fold(word.ToString());
                    word.Clear();
                    if (folded.Length > 0)
                    {
                        yield return folded;
                    }
                }
            }
        }

        private static bool IsNumber(string word)
        {
            foreach (var c in word)
            {
                if (c is < '0' or > '9')
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsAllUpper(string word)
        {
            foreach (var c in word)
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsAsciiLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';
    }
}
