using System.Text;

namespace ResearchContent.Exports
{
    /// <summary>
    /// Reduces a given name to initials, as APA, AGU and IEEE print it: <c>Teng</c> → <c>T.</c>,
    /// <c>Jean-Philippe</c> → <c>J.-P.</c>, <c>Richard M.</c> → <c>R. M.</c>; initials already printed stay as they are.
    /// </summary>
    internal static class Initials
    {
        public static string Of(string given)
        {
            var result = new StringBuilder();
            foreach (var word in given.Split(new[] { ' ' }, System.StringSplitOptions.RemoveEmptyEntries))
            {
                if (result.Length > 0)
                {
                    result.Append(' ');
                }

                if (IsInitials(word))
                {
                    result.Append(word);
                    if (word[word.Length - 1] != '.')
                    {
                        result.Append('.');
                    }

                    continue;
                }

                var parts = word.Split('-');
                for (var i = 0; i < parts.Length; i++)
                {
                    if (parts[i].Length == 0)
                    {
                        continue;
                    }

                    if (i > 0)
                    {
                        result.Append('-');
                    }

                    result.Append(char.ToUpperInvariant(parts[i][0])).Append('.');
                }
            }

            return result.ToString();
        }

        // "Q.", "J.-P.", "J.P." or a bare "Q": every letter is followed by a period, a hyphen or the end.
        private static bool IsInitials(string word)
        {
            for (var i = 0; i < word.Length; i++)
            {
                if (char.IsLetter(word[i]) && i + 1 < word.Length && char.IsLetter(word[i + 1]))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
