using System;
using System.Collections.Generic;
using System.Linq;

namespace ResearchContent.Generators.Merge
{
    /// <summary>
    /// Whether one venue is the other abbreviated, as a page's citation and a BibTeX file often print one journal:
    /// <c>Geophys. Res. Lett.</c> and <c>Geophysical Research Letters</c>, <c>Remote Sens. Environ.</c> and <c>Remote
    /// Sensing of Environment</c>. Each word of the short form starts a word of the long form, in order; the long form's
    /// joining words may be left out.
    /// </summary>
    internal static class VenueAbbreviation
    {
        private static readonly HashSet<string> Joining = new(StringComparer.Ordinal) { "of", "the", "and", "in", "on", "for", "de", "la" };

        public static bool Abbreviates(string a, string b) => Shortens(Words(a), Words(b)) || Shortens(Words(b), Words(a));

        /// <summary>Whether each word of <paramref name="shortWords"/> starts the next word of <paramref name="longWords"/>, joining words of the long form aside.</summary>
        private static bool Shortens(List<string> shortWords, List<string> longWords)
        {
            var next = 0;
            foreach (var word in shortWords)
            {
                while (next < longWords.Count && !longWords[next].StartsWith(word, StringComparison.Ordinal) && Joining.Contains(longWords[next]))
                {
                    next++;
                }

                if (next >= longWords.Count || !longWords[next].StartsWith(word, StringComparison.Ordinal))
                {
                    return false;
                }

                next++;
            }

            return shortWords.Count > 0 && longWords.Skip(next).All(Joining.Contains);
        }

        private static List<string> Words(string venue) =>
            venue.Split(new[] { ' ', '.', ',', ':', '-', '&' }, StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant()).ToList();
    }
}
