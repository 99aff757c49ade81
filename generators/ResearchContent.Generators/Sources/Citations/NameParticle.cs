using System;
using System.Collections.Generic;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// The particles that belong to a family name (<c>van der Woerd</c>, <c>De Luca</c>, <c>Al Mamun</c>, <c>Oliveira e
    /// Silva</c>): where a name printed given name first has one, the family name starts there.
    /// </summary>
    internal static class NameParticle
    {
        private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
        {
            "van", "von", "der", "den", "de", "del", "della", "di", "da", "do", "du", "des", "dos", "das", "la", "le", "ter", "ten", "zu", "af", "bin", "al",
            "Van", "Von", "De", "Del", "Della", "Di", "Da", "Du", "Des", "La", "Le", "Ter", "Ten", "Der", "Den", "Dos", "Das", "Zu",
            // Capitalized Arabic and Italian particles inside a given-first name: "Abdullah Al Mamun", "Anna Dal Molin". Not
            // "Bin" or "Lo": in pinyin and Cantonese they are given and family names ("Xiao Bin Li", "Wei Lo Chen").
            "Al", "El", "Dal", "Dalla",
            // Irish: "Ó Conaill", "Ní Bhriain", "Mac Cárthaigh".
            "Ó", "Ní", "Mac",
            // The conjunction inside a Portuguese or Spanish family name: "Oliveira e Silva", "Ramón y Cajal".
            "e", "y",
        };

        /// <summary>Whether the word is a particle of a family name.</summary>
        public static bool Is(string word) => Particles.Contains(word);
    }
}
