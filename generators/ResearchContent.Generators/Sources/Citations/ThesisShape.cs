using System.Text.RegularExpressions;
using ResearchContent.Generators.Model;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// A thesis, by the words styles print for it: <c>Doctoral dissertation</c>, <c>Ph.D. Thesis</c>, <c>[PhD thesis]</c>,
    /// <c>PhD diss.</c>, <c>Diss.</c>, <c>MS thesis</c>, <c>Master's thesis</c>, and in the languages theses are written in
    /// (<c>Tesi di laurea magistrale</c>, <c>Tesis doctoral</c>, <c>Masterarbeit</c>, <c>Proefschrift</c>, Brazil's ABNT
    /// <c>Tese (Doutorado em …) – Instituto …</c> with its dash, a Russian <c>Candidate of Sciences thesis</c>); a bare <c>Thesis</c>
    /// only after a separator, as "thesis" is a title's word too. The container is the university: of the
    /// parts after the marker, the one that names a university (<c>Dept. Elect. Eng., Stanford Univ., Stanford, CA</c>).
    /// </summary>
    internal static class ThesisShape
    {
        private static readonly Regex Marker = CitationRegex.Create(
            @"[\s.,;]*[(\[]?\b(?:Unpublished\s+)?(?:Doctoral\s+(?:dissertation|thesis)|Ph\.?\s?D\.?\s+(?:diss\.|dissertation|thesis)|PhD\s+diss\.|Diss\.|Dissertation|M\.?\s?S\.?c?\.?\s+(?:thesis|dissertation)|MS\s+thesis|Master'?s?\s+(?:thesis|dissertation)|(?:博士|硕士)?学位论文|Th[eè]se\s+de\s+doctorat|Tesi\s+di\s+(?:laurea(?:\s+(?:magistrale|specialistica|triennale))?|dottorato)|Tesis\s+(?:doctoral|de\s+maestr[íi]a)|Tese\s+de\s+doutorado|Disserta[çc][ãa]o\s+de\s+mestrado|(?:Tese|Disserta[çc][ãa]o)\s+\((?:Doutorado|Mestrado)[^()]*\)|Candidate\s+of\s+Sciences?\s+(?:thesis|dissertation)|Masterarbeit|Doktorarbeit|Proefschrift|(?<=[.,;(\[]\s*)Thesis)(?=[\s,.:;)\]/]|$)\.?[)\]]?[,.:]?\s*(?:[–—]\s+)?",
            RegexOptions.IgnoreCase);

        private static readonly Regex UniversityWord = CitationRegex.Create(
            @"Univ|Universit|Institut|Inst\.|College|School|Polytechn|Politecnico|ETH|EPFL|MIT\b|大学|学院|研究所|研究院");

        // A school or department named before its university ("School of …, Wuhan Univ."): the university is the container.
        private static readonly Regex SchoolOrDepartment = CitationRegex.Create(@"^(?:School|Dept\.|Department|Faculty|College)\s+of\b");

        private static readonly Regex UniversityName = CitationRegex.Create(@"Univ|大学");

        // A parenthesized or bracketed qualifier right after the university, itself followed by the thesis's closing parenthesis,
        // the end or the year ("Karlsruher Institut für Technologie (KIT), 2018.").
        private static readonly Regex Qualifier = CitationRegex.Create(@"\G\s(?:\([^()]*\)|\[[^\[\]]*\])(?=\s*[)\]]?\s*\.?\s*$|,\s*(?:1[89]|20)\d\d\b)");

        // A university's acronym with its name in parentheses, as Google Scholar prints EThOS's: "UCL (University College London)".
        private static readonly Regex AcronymThenName = CitationRegex.Create(@"\G\p{Lu}{2,6}\s\([^()]*(?:Univ|Universit|College|Institut)[^()]*\)");

        private static readonly Regex Year = CitationRegex.Create(@"\b(?<year>1[89]\d\d|20\d\d)\b");

        // ABNT prints the year as a sentence of its own after the title, before the label: "Title. 2017. Tese (Doutorado …)".
        private static readonly Regex YearSentence = CitationRegex.Create(@"(?<=\p{L})\.\s+(?:1[89]\d\d|20\d\d)\.?\s*$");

        private static readonly Regex YearAlone = CitationRegex.Create(@"^\s*(?:1[89]\d\d|20\d\d)\s*\.?\s*$");

        public static bool TryRead(string body, out WorkShape shape)
        {
            shape = new WorkShape { Body = body };
            var marker = Marker.Match(body);
            if (!marker.Success)
            {
                return false;
            }

            var pre = YearSentence.Replace(body.Substring(0, marker.Index), ".");
            var rest = body.Substring(marker.Index + marker.Length);
            var university = University(rest);
            if (university is null && !(rest.Trim().Length == 0 && marker.Value.IndexOfAny(new[] { '(', '[' }) >= 0) && !YearAlone.IsMatch(rest))
            {
                // A thesis marker in parentheses with nothing after it, as Google Scholar prints a thesis whose university it
                // lacks ("Title (Doctoral dissertation)."), or with only the year after it, as its Chicago export does ("Title."
                // PhD diss., 2017.), is a thesis all the same; anywhere else it may be a title's word.
                return false;
            }

            // The year is the thesis's, not one inside the university's name ("[2020-....]").
            var year = Year.Match(university is null ? rest : rest.Replace(university, string.Empty));
            shape = new WorkShape
            {
                Kind = PublicationKind.Thesis,
                Title = WorkShapeText.Title(pre),
                Container = university,
                Body = pre,
                Details = year.Success ? year.Groups["year"].Value : null,
            };
            return true;
        }

        private static string? UniversityCampus(string rest, string university)
        {
            var after = rest.Substring(rest.IndexOf(university, System.StringComparison.Ordinal) + university.Length).TrimStart(',', ' ');
            var end = after.IndexOfAny(new[] { ',', '.', ')', ';' });
            var campus = (end < 0 ? after : after.Substring(0, end)).Trim();
            return campus.Length > 0 && char.IsUpper(campus[0]) ? campus : null;
        }

        /// <summary>
        /// The body an institute belongs to, printed after it: "Institute of Geology, China Earthquake Administration,
        /// Beijing" → ", China Earthquake Administration". A place after the institute is no part of it.
        /// </summary>
        private static string ParentBody(string rest, string institute)
        {
            var after = rest.Substring(rest.IndexOf(institute, System.StringComparison.Ordinal) + institute.Length);
            if (!after.StartsWith(", ", System.StringComparison.Ordinal))
            {
                return string.Empty;
            }

            var end = after.IndexOfAny(new[] { ',', '.', ')', ';', '(' }, 2);
            var next = (end < 0 ? after.Substring(2) : after.Substring(2, end - 2)).Trim();
            return OrganizationName.IsOrganization(next) && !UniversityWord.IsMatch(next) ? ", " + next : string.Empty;
        }

        private static bool HasUniversityAfter(string[] parts, string part)
        {
            var seen = false;
            foreach (var other in parts)
            {
                seen |= other.Trim() == part;
                if (seen && other.Trim() != part && UniversityName.IsMatch(other))
                {
                    return true;
                }
            }

            return false;
        }

        private static string? NameAfterUniv(string rest, int from)
        {
            var comma = rest.IndexOf(',', from);
            var name = (comma < 0 ? rest.Substring(from) : rest.Substring(from, comma - from)).Trim().TrimEnd('.');
            // "Univ. of Colorado": the name after the abbreviation may open with "of", as the written-out one does.
            return name.Length > 0 && (char.IsUpper(name[0]) || name.StartsWith("of ", System.StringComparison.Ordinal)) && name.IndexOf('.') < 0 && !Year.IsMatch(name) ? name : null;
        }

        private static string? University(string rest)
        {
            var parts = rest.Split(new[] { ',', '.', ':', ';', '[', ']', '(', ')' }, System.StringSplitOptions.RemoveEmptyEntries);
            string? first = null;
            foreach (var raw in parts)
            {
                var part = raw.Trim();
                if (part.Length == 0 || Year.IsMatch(part) && part.Length <= 4)
                {
                    continue;
                }

                first ??= part;
                var start = rest.IndexOf(part, System.StringComparison.Ordinal);
                if (start >= 0 && AcronymThenName.Match(rest, start) is { Success: true } named)
                {
                    return named.Value;
                }

                if (SchoolOrDepartment.IsMatch(part) && !UniversityName.IsMatch(part) && HasUniversityAfter(parts, part))
                {
                    continue;
                }

                if (part == "University of California" && UniversityCampus(rest, part) is { } campus)
                {
                    // The University of California's campuses are part of its name: "University of California, Los Angeles".
                    return part + ", " + campus;
                }

                if (UniversityWord.IsMatch(part))
                {
                    // "Stanford Univ." keeps the period of its abbreviation.
                    var at = rest.IndexOf(part, System.StringComparison.Ordinal);
                    if (at >= 0 && Qualifier.Match(rest, at + part.Length) is { Success: true } qualifier)
                    {
                        // "Université Paris sciences et lettres (ComUE)", "Université Grenoble Alpes [2020-....]": the
                        // database's qualifier is part of the name as printed.
                        return part + qualifier.Value;
                    }

                    var abbreviated = at >= 0 && at + part.Length < rest.Length && rest[at + part.Length] == '.' && part.EndsWith("Univ", System.StringComparison.Ordinal);
                    if (abbreviated && NameAfterUniv(rest, at + part.Length + 1) is { } name)
                    {
                        // IEEE's "Univ. Politècnica de Catalunya": the abbreviation opens the name, which runs to the comma.
                        return part + ". " + name;
                    }

                    return abbreviated ? part + "." : part + ParentBody(rest, part);
                }
            }

            return first;
        }
    }
}
