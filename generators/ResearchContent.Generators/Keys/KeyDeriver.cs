using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

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
        /// The key from the first author's family name (<c>anon</c> when there is none), the year and the first
        /// title word that is not a stop word.
        /// </summary>
        public static string Derive(string familyName, int year, string? title)
        {
            var family = Fold(familyName);
            if (family.Length == 0)
            {
                family = "anon";
            }

            var word = string.Empty;
            foreach (var candidate in Words(title ?? string.Empty))
            {
                if (!StopWords.Contains(candidate))
                {
                    word = candidate;
                    break;
                }
            }

            return family + year.ToString(CultureInfo.InvariantCulture) + word;
        }

        /// <summary>
        /// The first author's family name when the citation parser could not read the author list: the text before
        /// the first comma, without initials, if it looks like a name at all; else empty.
        /// </summary>
        public static string FirstFamilyName(string citation)
        {
            var comma = citation.IndexOf(',');
            if (comma <= 0)
            {
                return string.Empty;
            }

            var words = citation.Substring(0, comma).Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            var family = new StringBuilder();
            foreach (var word in words)
            {
                foreach (var c in word)
                {
                    if (!(char.IsLetter(c) || c is '.' or '-' or '\'' or '’'))
                    {
                        return string.Empty;
                    }
                }

                // "Q. Zhang" (IEEE order) keeps "Zhang"; "van der Berg" keeps its particles.
                if (!word.EndsWith(".", StringComparison.Ordinal))
                {
                    family.Append(word);
                }
            }

            return words.Length <= 4 ? family.ToString() : string.Empty;
        }

        /// <summary>Lower-case ASCII letters and digits: accents removed, other characters dropped.</summary>
        public static string Fold(string text)
        {
            var builder = new StringBuilder(text.Length);
            foreach (var c in text.Normalize(NormalizationForm.FormD))
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
    }
}
