using System.Text.RegularExpressions;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// Spanish and Portuguese double family names printed given name first: after initials (<c>José M. Ruiz Hernández</c>),
    /// or with no initial to mark where the given part ends (<c>Carlos Rodriguez Padilla</c>, <c>María José Fernández de la
    /// Vega</c>). A patronymic in -ez (Fernández, Rodríguez, Gómez, López, Martínez) is a family name, never a given one, so
    /// the family name starts there and keeps what follows.
    /// </summary>
    internal static class IberianFamilyName
    {
        private static readonly Regex PortugueseGeneration = CitationRegex.Create(@"^(?:J[uú]nior|Filho|Neto|Sobrinho)$");

        // Rodríguez, Fernández, Pérez: patronymic family names. Inez (Inés) is a given name with the same ending.
        private static readonly Regex Patronymic = CitationRegex.Create(@"^(?!In[eé]z$)\p{Lu}[\p{Ll}\p{M}]+[eé]z$");

        /// <summary>Where the family name starts, given where the other rules start it.</summary>
        public static int Start(string[] words, int familyStart)
        {
            // After the initials: "José M. Ruiz Hernández", as ScienceDirect prints them given first; the initial marks where
            // the given part ends.
            if (familyStart == words.Length - 1 && words.Length == 4 && PersonName.IsGivenWord(words[0]) && PersonName.IsInitials(words[1])
                && PersonName.IsGivenWord(words[2]) && !PersonName.IsInitials(words[2]))
            {
                return 2;
            }

            // "José Ortega y Gasset", "Maria Oliveira e Silva": the conjunction joins two family names, so the one before it is the family's too.
            if (familyStart > 1 && familyStart < words.Length - 1 && words[familyStart] is "e" or "y")
            {
                return familyStart - 1;
            }

            // "Rafael Oliveira Junior", "João Santos Filho": Portuguese marks a son or grandson with a word after the family
            // name that is part of it, not a suffix, so the family name is the word before it with it.
            if (familyStart == words.Length - 1 && familyStart > 1 && PortugueseGeneration.IsMatch(words[familyStart]))
            {
                return familyStart - 1;
            }

            // Only a word after the first: the first is always given ("Pérez" alone before a family name is rare enough).
            for (var i = 1; i < familyStart; i++)
            {
                if (Patronymic.IsMatch(words[i]))
                {
                    return i;
                }
            }

            return familyStart;
        }
    }
}
