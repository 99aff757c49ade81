using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// What the words of a journal name look like: capitalized words, lowercase joining words, and
    /// ISO 4 abbreviations ending in a period. The period of an abbreviation is what tells
    /// <c>Geophys. Res. Lett.</c> apart from the period that ends a title.
    /// </summary>
    internal static class JournalWords
    {
        // "with" joins Elsevier's "Expert Systems with Applications" and "Computers & Mathematics with Applications".
        private static readonly HashSet<string> Joining = new(StringComparer.Ordinal)
        {
            "of", "in", "and", "with", "the", "for", "on", "at", "&", "-", "–", "—", "de", "des", "du", "la", "le", "der", "die", "das", "für", "und", "et", "di", "del", "della", "e", "y",
        };

        // Journal names that start in lowercase; anything else lowercase belongs to a sentence-case title.
        private static readonly HashSet<string> LowercaseNames = new(StringComparer.Ordinal) { "eLife", "npj", "iScience", "mBio", "eGEMs" };

        // ISO 4 abbreviations common in the earth, space and remote sensing literature, and in the life sciences, materials,
        // computing and economics journals a group's neighbours publish in, without their period.
        private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
        {
            "Acad", "Adv", "Agric", "Am", "Amer", "Anal", "Ann", "Annu", "Appl", "Arch", "Assoc", "Astron", "Astrophys", "Atmos", "Aust",
            "Biogeosci", "Biol", "Bol", "Boll", "Br", "Brit", "Bull", "Bur", "Can", "Cent", "Chem", "Chin", "Clim", "Climatol", "Commun",
            "Comput", "Conf", "Cosmochim", "Cryosph", "Dev", "Dyn", "Earthq", "Ecol", "Electron", "Eng", "Environ", "Eur", "Evol",
            "Explor", "Front", "Geochem", "Geochim", "Geod", "Geodyn", "Geogr", "Geoinf", "Geol", "Geomorphol", "Geophys", "Geosci",
            "Geotherm", "Glaciol", "Hydrol", "Hydrogeol", "Ind", "Inf", "Inform", "Inst", "Int", "Intell", "Interdiscip", "Jpn", "Jour",
            "Lab", "Lett", "Mach", "Mag", "Mar", "Mater", "Math", "Mech", "Med", "Meteorol", "Miner", "Mineral", "Mon", "Nat", "Natl",
            "Netw", "Not", "Obs", "Oceanogr", "Palaeoclimatol", "Palaeoecol", "Palaeogeogr", "Paleontol", "Petrol", "Phil", "Philos", "Photogramm",
            "Phys", "Planet", "Proc", "Process", "Prog", "Prospect", "Quat", "Rep", "Res", "Rev", "Roy", "Sci", "Sedim", "Seismol", "Sel",
            "Sens", "Ser", "Sin", "Soc", "Stand", "Stat", "Struct", "Surv", "Syst", "Tech", "Technol", "Tecton", "Top", "Trans", "Univ",
            "Volcanol", "Zool", "Resour", "Observ", "Sustain", "Manag", "Pollut", "Conserv", "Biogeogr", "Geomat",
            "Cartogr", "Catast", "Aerosp", "Electr", "Glob", "For", "Bras", "Recur",
            "Neurosci", "Neurol", "Dement", "Microbiol", "Infect", "Immunol", "Endocrinol", "Metab", "Psychol", "Psychiatr", "Pharmacol", "Physiol",
            "Oncol", "Genet", "Nutr", "Pediatr", "Surg", "Clin", "Mol", "Biochem", "Biophys", "Biotechnol", "Bioinform", "Epidemiol",
            "Toxicol", "Entomol", "Agron", "Gerontol", "Cardiol", "Radiol", "Pathol", "Funct", "Polym", "Compos", "Catal", "Electrochem",
            "Nanotechnol", "Sol", "Artif", "Softw", "Econ", "Financ", "Polit", "Sociol", "Behav", "Cogn", "Educ",
            // Mathematics, as the AMS abbreviates it: "Combin. Probab. Comput.", "Numer. Math.", "Stoch. Process. Appl.".
            "Combin", "Probab", "Numer", "Geom", "Topol", "Algebr", "Stoch", "Optim", "Theor", "Differ", "Equ", "Statist",
            // Chemistry, as the ACS, the RSC and Wiley-VCH abbreviate it: "Angew. Chem. Int. Ed.", "Inorg. Chem.", "Acc. Chem. Res.",
            // "Coord. Chem. Rev.", "Cryst. Growth Des.", "J. Org. Chem.".
            "Angew", "Ed", "Inorg", "Org", "Acc", "Coord", "Cryst", "Des", "Synth", "Macromol", "Supramol", "Photochem", "Photobiol",
            "Spectrosc", "Electroanal", "Organomet", "Energ", "Nanomater", "Biomater", "Colloid", "Surf", "Sep", "Purif",
            // Elsevier's, Springer's and SSA's abbreviations of estuarine, building and US journals: "Estuar. Coast. Shelf Sci.",
            // "Build. Simul.", "Cold Reg. Sci. Technol.", "Proc. Natl. Acad. Sci. Unit. States Am.", GJI's lowercase "Bull. seism. Soc. Am.".
            "Estuar", "Coast", "Build", "Simul", "Unit", "Seism", "Reg",
            // "Z. Anorg. Allg. Chem.", "Acta Phys.-Chim. Sin.", "Helv. Chim. Acta".
            "Anorg", "Allg", "Chim", "Helv",
        };

        // Journals whose names contain commas, which otherwise end the backward scan.
        public static readonly string[] NamesWithCommas =
        {
            "Geochemistry, Geophysics, Geosystems", "Geomatics, Natural Hazards and Risk", "Water, Air, and Soil Pollution",
            "Earth, Planets and Space", "Atmosphere, Ocean", "Land, Ocean", "Eos, Transactions American Geophysical Union",
            "Eos, Transactions, American Geophysical Union", "Geological Society, London, Special Publications",
            "Geological Society, London, Memoirs", "Estuarine, Coastal and Shelf Science",
            "Geografiska Annaler: Series A, Physical Geography", "Geografiska Annaler: Series B, Human Geography",
        };

        private static readonly Regex Capitalized = CitationRegex.Create(@"^[\p{Lu}\p{Lt}][\p{L}\p{M}\-'’.&]*$");

        private static readonly Regex PlainCapitalizedWord = CitationRegex.Create(@"^\p{Lu}\p{Ll}+$");

        private static readonly Regex DottedAcronym = CitationRegex.Create(@"^(?:\p{Lu}\.){2,}$");

        // A name's acronym in parentheses, digits and all: "Copernicus Climate Change Service (C3S)".
        private static readonly Regex ParenthesizedAcronym = CitationRegex.Create(@"^\p{Lu}[\p{Lu}\d]{1,7}$");

        public static bool IsJoining(string token) => Joining.Contains(token);

        /// <summary>Whether the token, stripped of edge punctuation, can be a word of a journal name.</summary>
        public static bool IsNameWord(string token)
        {
            var core = Core(token);
            return core.Length > 0 && (Joining.Contains(core) || LowercaseNames.Contains(core) || Capitalized.IsMatch(core) || PreprintServer.Is(core)
                || token.TrimEnd(',', ';', ':', '.').StartsWith("(", StringComparison.Ordinal) && ParenthesizedAcronym.IsMatch(core));
        }

        /// <summary>
        /// Whether a lowercase abbreviation stands between two capitalized ones, as GJI prints a journal's adjectives
        /// (<c>Bull. seism. Soc. Am.</c>, <c>J. geophys. Res.</c>): inside such a run it is the journal's, not a title's word.
        /// </summary>
        public static bool IsLowercaseAbbreviation(string previous, string token, string next) =>
            token.Length > 2 && char.IsLower(token[0]) && token[token.Length - 1] == '.' && Abbreviations.Contains(token.Substring(0, token.Length - 1))
            && EndsWithPeriod(previous) && char.IsUpper(previous[0]) && EndsWithPeriod(next) && char.IsUpper(next[0]);

        /// <summary>
        /// Whether a period-ended token inside a run of journal words is an abbreviation, given its neighbours
        /// (<paramref name="previous"/> may be <see langword="null"/> at the start).
        /// </summary>
        public static bool IsAbbreviation(string token, string? previous, string next)
        {
            var core = Core(token);
            if (DottedAcronym.IsMatch(core))
            {
                // "U.S. Geol. Surv." but not "in the western U.S. Journal of ...".
                return EndsWithPeriod(next);
            }

            var word = LastHyphenPart(core.TrimEnd('.'));
            if (word.Length == 1 && char.IsUpper(word[0]))
            {
                return true;
            }

            if (Abbreviations.Contains(word))
            {
                return true;
            }

            // An unlisted abbreviation inside a run of abbreviations, as in "J. Volcanol. Geotherm. Res.".
            return PlainCapitalizedWord.IsMatch(word) && word.Length <= 12 && EndsWithPeriod(next)
                && previous is not null && EndsWithPeriod(previous) && Capitalized.IsMatch(Core(previous));
        }

        /// <summary>Whether the last word of a journal name, printed with a period, is abbreviated (so the period stays).</summary>
        public static bool EndsInAbbreviation(string container)
        {
            // Vancouver prints abbreviations without periods ("IEEE J Sel Top Appl"); then a final period is the separator.
            var words = container.Split(' ');
            for (var i = 0; i < words.Length - 1; i++)
            {
                if (words[i].Length > 1 && !words[i].EndsWith(".", StringComparison.Ordinal) && Abbreviations.Contains(words[i]))
                {
                    return false;
                }
            }

            var lastSpace = container.LastIndexOf(' ');
            var core = container.Substring(lastSpace + 1).TrimEnd('.');
            var word = LastHyphenPart(core);
            if (word.Length == 1 || DottedAcronym.IsMatch(core + ".") || Abbreviations.Contains(word))
            {
                return true;
            }

            // After an abbreviated word the last one is abbreviated too ("J. Volcanol. Geotherm. Res."); after a full word
            // ("U.S. Geological Survey.") the period is the sentence's.
            return lastSpace > 0 && container.Substring(0, lastSpace).EndsWith(".", StringComparison.Ordinal);
        }

        /// <summary>
        /// Whether the token is a capitalized word of the list above with its period (<c>Chem.</c>, <c>Trans.</c>, <c>Am.</c>):
        /// no name is printed that way, so a list of names that holds one has run on into a journal's name.
        /// </summary>
        public static bool IsListedAbbreviation(string token) =>
            token.Length >= 3 && token[token.Length - 1] == '.' && char.IsUpper(token[0])
            && Abbreviations.Contains(token.Substring(0, token.Length - 1)) && PlainCapitalizedWord.IsMatch(token.Substring(0, token.Length - 1));

        /// <summary>
        /// Whether the whole text is an abbreviated journal name, as chemistry's styles print it with no title before it:
        /// every word a journal's, every period an abbreviation's and one word at least a listed abbreviation (<c>Chem. Soc.
        /// Rev.</c>, <c>J. Phys. Chem. C</c>, the RSC's <c>Angew. Chem., Int. Ed.</c> with its comma).
        /// </summary>
        public static bool IsAbbreviatedName(string text)
        {
            var words = text.Trim().Split(' ');
            if (words.Length > 8 || !Array.Exists(words, word => IsListedAbbreviation(word.TrimEnd(','))))
            {
                return false;
            }

            for (var i = 0; i < words.Length; i++)
            {
                var word = words[i].EndsWith(".,", StringComparison.Ordinal) ? words[i].TrimEnd(',') : words[i];
                if (word.EndsWith(",", StringComparison.Ordinal) || !IsNameWord(word) || (i < words.Length - 1 && EndsWithPeriod(word) && !IsAbbreviation(word, i > 0 ? words[i - 1] : null, words[i + 1])))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Whether a name holds two listed abbreviations printed without their periods, as Vancouver and Science China print a
        /// journal (<c>Sci China Earth Sci</c>, <c>J Geophys Res</c>): no publisher's name is made so.
        /// </summary>
        public static bool HasBareAbbreviations(string name)
        {
            var count = 0;
            foreach (var word in name.Split(' '))
            {
                count += word.Length > 1 && char.IsUpper(word[0]) && Abbreviations.Contains(word) ? 1 : 0;
            }

            return count >= 2;
        }

        public static bool EndsWithPeriod(string token) => token.TrimEnd(':').EndsWith(".", StringComparison.Ordinal);

        private static string Core(string token) => token.Trim('*', '_', '(', ')').TrimEnd(',', ';', ':');

        private static string LastHyphenPart(string word)
        {
            var hyphen = word.LastIndexOf('-');
            return hyphen >= 0 ? word.Substring(hyphen + 1) : word;
        }
    }
}
