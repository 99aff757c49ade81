using System.Text.RegularExpressions;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// The imprint a book or proceedings citation ends with, in the shapes styles print it: <c>Princeton University
    /// Press, 2010</c>, <c>Springer, Cham</c>, <c>Dordrecht: Kluwer Academic Publishers</c>, <c>Norwood, MA, USA: Artech
    /// House, 2005</c>, <c>ESA Publications: Noordwijk, The Netherlands, 2007</c>, <c>(Oxford, 1988; online edn, …)</c>,
    /// <c>SPIE, 2019</c>. The publisher and its place are no fields of ours and must not be read as the container.
    /// </summary>
    internal static class PublisherSegment
    {
        // Publisher names: by a word publishers use, or by name. A name may be followed only by a company's words.
        private const string Name =
            @"(?:[\p{L}&'.\- ]*\b(?i:press|publishers?|publishing|publications|verlag|books|sons|house)\b[\p{L} .&\-]*"
            // Google Scholar lowercases a publisher's name as it lowercases journals': "New York: springer; 2009". Elsevier's
            // reference works still carry their imprint's name: "Treatise on Geochemistry, Pergamon, 2006".
            + @"|(?:(?i:Springer|Elsevier|Pergamon|Butterworth-Heinemann|Wiley|Blackwell|Kluwer|Routledge|Birkhäuser|McGraw[-\s]?Hill|Prentice[-\s]Hall|Pearson|Cengage)|IEEE|ACM|AGU|EGU|SPIE|ESA|EAGE|CRC|Copernicus|Taylor\s*&\s*Francis|Academic\s+Press|Artech\s+House|[\p{IsCJKUnifiedIdeographs}]+出版社)"
            + @"(?:[\s\-]+(?:Inc\.?|Ltd\.?|Acad\.?|Press|Publishing|International|Education|Learning|Nature|Berlin|Heidelberg|Verlag|Blackwell|GmbH|B\.V\.|Science\s*[+&]\s*Business\s+Media|Praxis))*)";

        // A place: up to four comma-separated parts of up to three words ("Norwood, MA, USA", "Berlin/Heidelberg, Germany"), one
        // of which may join two places, as a press with two seats prints them ("Cambridge, United Kingdom and New York, NY, USA").
        private const string PlacePart = @"[\p{L}.\-/]+(?:\s[\p{L}.\-/]+){0,2}";

        private const string Place = PlacePart + @"(?:\s+and\s+" + PlacePart + @")?(?:,\s*" + PlacePart + @"(?:\s+and\s+" + PlacePart + @")?){0,3}";

        // A year, and Vancouver's date after it: "; 2016 Nov 10"; or Springer's year in parentheses: "MIT Press, Cambridge (2010)".
        private const string Year = @"(?:[,;]\s*(?<year>\d{4})(?:\s+[A-Z][a-z]{2}\.?(?:\s+\d{1,2})?)?|\s*\((?<year>\d{4})\))?";

        // A book's page count after its imprint, as SSA and hand-edited lists print it: "…, Cambridge, United Kingdom, 302 pp.".
        private const string PageCount = @"(?:,\s*\d{1,4}\s*pp)?";

        private static readonly Regex Publisher = CitationRegex.Create(
            @"^(?:" + Place + @":\s*)?" + Name + @"(?:,\s*" + Place + @")?" + Year + PageCount + @"[.\s]*$");

        // "London: Hodder Education", "Lincoln, MA: Ganga-Jamuna Press; 2011": a place and a colon name any publisher.
        private static readonly Regex PlaceThenAnyPublisher = CitationRegex.Create(
            @"^" + Place + @":\s*\p{Lu}[\p{L}&'.\-]*(?:\s+[\p{L}&'.\-]+){0,4}" + Year + PageCount + @"[.\s]*$");

        // An old book's imprint, by its printers: "London: printed for W. Strahan; and T. Cadell, 1776".
        private static readonly Regex PrintedFor = CitationRegex.Create(
            @"^" + Place + @":\s*printed\s+(?:for|by)\s+[^:]+?" + Year + @"[.\s]*$");

        // "ESA Publications: Noordwijk, The Netherlands, 2007" (MDPI) and "Springer: Berlin/Heidelberg, Germany, 2013".
        private static readonly Regex PublisherThenPlace = CitationRegex.Create(
            @"^" + Name + @":\s*" + Place + Year + @"[.\s]*$");

        // Oxford Academic: "(Oxford, 1988; online edn, Oxford Academic, 31 Oct. 2023)" after a book's title, the place with its
        // state when it has one ("(Cambridge, MA, 2014; …)").
        private static readonly Regex OxfordImprint = CitationRegex.Create(@"\s*\((?<place>[\p{L} ]+(?:,\s*\p{Lu}{2})?),\s*(?<year>\d{4})(?:;\s*online\s+edn[^)]*)?\)\s*$");

        // "& Sons", "Books" and AGU's "Acad." name a firm as surely: "John Wiley & Sons, Chichester", "University Science Books, Sausalito".
        private static readonly Regex StrongName = CitationRegex.Create(@"\b(?i:press|publishers|publishing)\b|&\s*Sons\b|\s(?-i:Books|Acad\.?)$");

        // A publishing house that publishes books and no journal of its name: "…, Reference Module in …, Elsevier, 2023".
        // With its place when a hand-edited list prints one: "…, Water Governance in the Levant, Routledge, London, 2018".
        private static readonly Regex BookHouseWithYear = CitationRegex.Create(@"^(?:Elsevier|Springer(?:\s+Nature)?|Wiley(?:-Blackwell)?|Routledge|CRC\s+Press|Academic\s+Press)(?:,\s*\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)?)?,\s*(?:19|20)\d\d$");

        private static readonly Regex ConferencePublisher = CitationRegex.Create(@"^(?:SPIE|IEEE|ACM|ISPRS|Copernicus|EGU|AGU)\b");

        /// <summary>Whether the text ends in Oxford Academic's imprint of a book, <c>(Oxford, 1988; online edn, …)</c>.</summary>
        public static bool EndsWithOxfordImprint(string text) => OxfordImprint.IsMatch(text.Trim().TrimEnd('.'));

        public static bool IsPublisher(string segment)
        {
            segment = segment.Trim();
            return Publisher.IsMatch(segment) || PublisherThenPlace.IsMatch(segment);
        }

        /// <summary>Whether the publisher is one that publishes proceedings, so its book is a conference's.</summary>
        public static bool IsConferencePublisher(string segment) => ConferencePublisher.IsMatch(segment.Trim());

        /// <summary>The text without its trailing imprint; <paramref name="publisher"/> is the imprint found, or <see langword="null"/>.</summary>
        /// <param name="text">The citation's body.</param>
        /// <param name="publisher">The imprint that was taken off.</param>
        /// <param name="year">The year printed in it (<c>Princeton University Press, 2010</c>), or <see langword="null"/>.</param>
        // A full stop that is no initial's ("GPS. ", not "U.S. " or "J. ").
        // AGU abbreviates the words of a publisher's name ("Princeton Univ. Press", "Kluwer Acad."): no sentence ends there.
        private static readonly Regex SentenceEnd = CitationRegex.Create(@"(?<!\b\p{Lu}|\bUniv|\bAcad|\bPubl|\bSci)\.\s");

        public static string StripTrailing(string text, out string? publisher, out int? year)
        {
            publisher = null;
            year = null;
            var whole = text.Trim();
            text = whole.TrimEnd('.').Trim();
            var oxford = OxfordImprint.Match(text);
            if (oxford.Success)
            {
                publisher = oxford.Groups["place"].Value;
                year = DecimalNumber.Parse(oxford.Groups["year"].Value);
                return text.Substring(0, oxford.Index).Trim();
            }

            // The imprint is a sentence of its own (". ", "; "), or, for a strongly named publisher, a part after a comma; of
            // the separators that start one, the earliest ("Malden, MA: Blackwell Publishing", not "MA: Blackwell Publishing").
            var found = -1;
            Match? best = null;
            for (var cut = LastSeparator(text, text.Length); cut > 0; cut = LastSeparator(text, cut - 1))
            {
                var candidate = text.Substring(cut + 2).Trim();
                var match = Publisher.Match(candidate);
                if (!match.Success)
                {
                    match = PublisherThenPlace.Match(candidate);
                }

                if (!match.Success && text[cut] != ',')
                {
                    match = PlaceThenAnyPublisher.Match(candidate);
                    match = match.Success ? match : PrintedFor.Match(candidate);
                }

                // A part after a comma that runs over a sentence's end is the title's tail: "Linear algebra, geodesy, and GPS. Wellesley-Cambridge Press".
                // After SSA's spelled-out edition ("…, Second Ed., Springer, Cham, Switzerland") only a book's imprint follows.
                if (match.Success && (text[cut] != ',' || EditionMark.EndsText(text.Substring(0, cut)) || ((StronglyNamed(candidate) || BookHouseWithYear.IsMatch(candidate)) && !SentenceEnd.IsMatch(candidate))))
                {
                    found = cut;
                    best = match;
                }
            }

            if (best is null && text.TrimStart('.', ',', ' ') is var alone && (StronglyNamed(alone) || BookHouseWithYear.IsMatch(alone)) && !SentenceEnd.IsMatch(alone) && Publisher.Match(alone) is { Success: true } imprint)
            {
                // After a title the page gives, the imprint may be all that is left: "… Climate Change. Cambridge University Press, Cambridge, …",
                // "… (Second Edition), Elsevier, Oxford, 2015".
                publisher = alone;
                year = imprint.Groups["year"].Success ? DecimalNumber.Parse(imprint.Groups["year"].Value) : null;
                return string.Empty;
            }

            if (best is null)
            {
                // The final period may be a journal abbreviation's ("Remote Sens. Environ."): the container decides.
                return whole;
            }

            publisher = text.Substring(found + 2).Trim();
            year = best.Groups["year"].Success ? DecimalNumber.Parse(best.Groups["year"].Value) : null;
            return text.Substring(0, found + 1).Trim().TrimEnd(',', ';').Trim();
        }

        /// <summary>The details of a chapter after its publisher: <c>Elsevier, 2015, Pages 339-385</c> → <c>2015, Pages 339-385</c>.</summary>
        public static string StripLeading(string details)
        {
            var comma = details.IndexOf(',');
            var first = comma < 0 ? details : details.Substring(0, comma);
            return IsPublisher(first) && comma >= 0 ? details.Substring(comma + 1).Trim() : details.Trim();
        }

        private static bool StronglyNamed(string segment) => StrongName.IsMatch(segment.Split(',')[0]);

        private static int LastSeparator(string text, int before)
        {
            for (var i = System.Math.Min(before, text.Length - 2); i > 0; i--)
            {
                if (text[i] is '.' or ';' or ',' && text[i + 1] == ' ' && !IsAbbreviationPeriod(text, i))
                {
                    return i;
                }
            }

            return -1;
        }

        // "U.S. Geological Survey", "Artech House": the period of a single capital is an initial's, not a sentence's.
        private static bool IsAbbreviationPeriod(string text, int i) =>
            text[i] == '.' && i >= 1 && char.IsUpper(text[i - 1]) && (i == 1 || !char.IsLetter(text[i - 2]) || text[i - 2] == '.');
    }
}
