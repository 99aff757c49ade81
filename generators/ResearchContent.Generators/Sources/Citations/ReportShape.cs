using System.Text.RegularExpressions;
using ResearchContent.Generators.Model;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// A report, by its series and number (<c>Open-File Report 2021-1012</c>, <c>Circular 1182</c>, <c>Tech. Rep. JPL
    /// D-95677</c>, <c>(No. 2013-1165)</c>, <c>No. 2018-5144.</c>) or by an issuing body standing where a journal would
    /// (<c>US Geological Survey; 1999</c>). The number is the article number; the issuer is the container.
    /// </summary>
    internal static class ReportShape
    {
        private static readonly Regex Series = CitationRegex.Create(
            @"(?<series>(?:(?:U\.?S\.?|USGS)\s+(?:Geol(?:ogical|\.)\s+Surv(?:ey|\.)\s+)?)?(?:Open[-\s]File\s+(?:Report|Rept\.?)|Scientific\s+Investigations\s+(?:Report|Rept\.?|Map)|Professional\s+Paper|Fact\s+Sheet|Circular|Data\s+Series|Water[-\s]Resources\s+Investigations\s+Report|(?:Scientific\s+)?Tech(?:nical)?\.?\s+(?:[Rr]ep(?:ort|t)?\.?|Memo(?:randum)?|Paper)(?:\s+[Nn]o\.)?|(?:Report|Rep\.)\s+No\.|(?<=[\p{Ll}?!]\.?\s)Report(?=\s+\d)|No\.))\s*(?<number>(?:[A-Z]{1,4}\s)?(?:[A-Z]{1,5}-)*[A-Za-z]{0,2}-?\d[\w\-–./]*[A-Z]?)",
            RegexOptions.None);

        private static readonly Regex Issuer = CitationRegex.Create(
            @"Survey|Surv\.|Laborator|Lab\.|Agency|Administration|Institut[eo]|Office|Service|Ministry|Department|Dept\.|Commission|Council|NASA|NOAA|USGS|JPL|ESA\b|Bureau|Organi[sz]ation|World\s+Bank|Zentrum|Cent(?:er|re)s?\b|Fund\b|Research\s+Station");

        private static readonly Regex TechnicalSeries = CitationRegex.Create(@"^Tech(?:nical)?\.?\s+Rep");

        private static readonly Regex IssuerInSeries = CitationRegex.Create(@"^(?<issuer>.*?(?:Survey|Surv\.|USGS))\s");

        // Google Scholar's report: "Title (No. 2013-1165). US Geological Survey." or, for a numbered series, "(Vol. 1182).
        // Geological Survey (USGS)." (only when an issuer follows: a publisher makes it a book's volume). The issuer is whoever follows, with
        // OSTI's place after it ("Sandia National Lab.(SNL-NM), Albuquerque, NM (United States)."). Its Chicago and MLA exports
        // print the number as a sentence of its own: "Title. Vol. 1182. US Geological Survey, 1999."
        private static readonly Regex ScholarReport = CitationRegex.Create(
            @"(?:\s\((?<series>No|Vol)\.\s*(?<number>[^()\s]+)\)|(?<=\p{L})\.\s(?<series>No|Vol)\.\s*(?<number>\d[^()\s]*?))\.\s+(?<issuer>[^,]+?)\s*(?:,.*)?\.?$");

        // A report named only by its genre and issuer: "Title. Technical report, Scripps Institution of Oceanography, 2016."
        private static readonly Regex UnnumberedReport = CitationRegex.Create(
            @"(?<=[.,]\s)(?:Tech(?:nical)?\.?\s+(?:report|rep\.?)|(?:Final|Internal|Project|Research)\s+report)\s*[,.:]\s*(?<issuer>[^,.;]+?)\s*(?:[,.;]\s*(?<rest>.*))?$",
            RegexOptions.IgnoreCase);

        // The number a body gives its report, printed after the issuer without a series word: "Technical Report, Earth
        // Observatory of Singapore, EOS-TR-2020-03." — capitals and digits in hyphened parts, with a digit in them.
        private static readonly Regex IssuerCode = CitationRegex.Create(@"^(?=[^,]*\d)\p{Lu}[\p{Lu}\d]*(?:[-–][\p{Lu}\d]+)+$");

        // An economics working paper, by its issuer and number: "NBER Working Paper No. 13290", "IZA Discussion Paper 12345".
        private static readonly Regex WorkingPaper = CitationRegex.Create(
            @"(?<=^|[.,]\s)(?<issuer>\p{Lu}[\p{L}&.\-]*(?:\s\p{Lu}[\p{L}&.\-]*){0,4}?)\s+(?:Working|Discussion)\s+Papers?(?:\s+Series)?\s*(?:No\.?\s*|#\s*)?(?<number>[A-Za-z]{0,3}\d[\w\-./]*)");

        private static readonly Regex Year = CitationRegex.Create(@"\b(?:19|20)\d\d\b");

        private static readonly Regex MdpiImprint = CitationRegex.Create(@"^\s*;\s*(?<issuer>\p{Lu}[^;:]*?):\s[^;:]*,\s*(?:19|20)\d\d\.?$");

        // The rest of a series' name printed before its genre, as a sentence of its own after the title: "Title. EPA Research
        // Report No. 412", "Title. ESMAP Technical Paper 045/23".
        private static readonly Regex SeriesName = CitationRegex.Create(@"(?<=[\p{Ll}\d)][.?!])\s+\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,3}$");

        /// <summary>Whether a container is an issuing body, not a journal: <c>US Geological Survey</c>, <c>Jet Propulsion Lab.</c>.</summary>
        public static bool IsIssuer(string container) => Issuer.IsMatch(container) && !container.Contains("Journal");

        public static bool TryRead(string body, out WorkShape shape)
        {
            shape = new WorkShape { Body = body };
            if (TryReadScholar(body, out shape) || TryReadWorkingPaper(body, out shape))
            {
                return true;
            }

            var series = Series.Match(body);
            if (!series.Success || series.Index == 0)
            {
                return TryReadUnnumbered(body, out shape);
            }

            var before = body.Substring(0, series.Index).TrimEnd();
            var after = body.Substring(series.Index + series.Length);
            var number = series.Groups["number"].Value.TrimEnd('.', ',');

            // The issuer: printed with the series ("U.S. Geol. Surv. Open-File Rept."), in the sentence before it
            // ("Jet Propulsion Lab., Pasadena, CA, USA, Tech. Rep."), or after it ("No. 2018-5144. US Geological Survey").
            var (issuer, titleEnd) = FindIssuer(before, after, series.Groups["series"].Value);
            if (issuer is null)
            {
                return false;
            }

            var pre = body.Substring(0, WithoutSeriesName(body, titleEnd));
            shape = Issued(pre, CitationText.CleanContainer(issuer), number, YearOf(after + " " + before));
            return true;
        }

        /// <summary>A report: its title (what precedes its parts), its issuer, its number and the year printed with them.</summary>
        public static WorkShape Issued(string pre, string issuer, string? number, string? year) => new()
        {
            Kind = PublicationKind.Report,
            Title = WorkShapeText.Title(pre),
            Container = issuer,
            Body = pre,
            ReportNumber = number,
            Details = year?.TrimStart(',', ' '),
        };

        private static bool TryReadScholar(string body, out WorkShape shape)
        {
            shape = new WorkShape { Body = body };
            var match = ScholarReport.Match(body);
            if (!match.Success || match.Index == 0)
            {
                return false;
            }

            // EGU's abstracts are printed the same way, with "Copernicus Meetings" as the issuer.
            var issuer = CitationText.CleanContainer(match.Groups["issuer"].Value);
            if ((match.Groups["series"].Value == "Vol" || !match.Value.StartsWith(" (", System.StringComparison.Ordinal)) && !IsIssuer(issuer))
            {
                return false;
            }

            var pre = body.Substring(0, match.Index);
            // The year printed after the issuer ("US Geological Survey, 1999."), not one inside the number ("No. 2013-1165").
            var issuerEnd = match.Groups["issuer"].Index + match.Groups["issuer"].Length;
            shape = Issued(pre, issuer, match.Groups["number"].Value, YearOf(body.Substring(issuerEnd))) with
            {
                Kind = WorkShapeReader.IsConference(issuer) ? PublicationKind.Conference : PublicationKind.Report,
            };
            return true;
        }

        private static bool TryReadWorkingPaper(string body, out WorkShape shape)
        {
            shape = new WorkShape { Body = body };
            var match = WorkingPaper.Match(body);
            if (!match.Success)
            {
                return false;
            }

            var number = match.Groups["number"].Value.TrimEnd('.', ',');
            shape = Issued(body.Substring(0, match.Index), match.Groups["issuer"].Value, number, YearOf(body.Substring(match.Index + match.Length)));
            return true;
        }

        private static bool TryReadUnnumbered(string body, out WorkShape shape)
        {
            shape = new WorkShape { Body = body };
            var match = UnnumberedReport.Match(body);
            if (!match.Success || !char.IsLetter(match.Groups["issuer"].Value[0]))
            {
                return false;
            }

            var pre = body.Substring(0, TitleEnd(body.Substring(0, match.Index)));
            var code = match.Groups["rest"].Value.Split(',')[0].Trim().TrimEnd('.');
            var number = IssuerCode.IsMatch(code) ? code : null;
            shape = Issued(pre, CitationText.CleanContainer(match.Groups["issuer"].Value), number, YearOf(match.Groups["rest"].Value));
            return true;
        }

        private static (string? Issuer, int TitleEnd) FindIssuer(string before, string after, string series)
        {
            // In the series itself: "U.S. Geological Survey Circular", "U.S. Geol. Surv. Open-File Rept.".
            var inSeries = IssuerInSeries.Match(series);
            var sentences = Sentences.Split(before, ": ");
            var lastBefore = sentences[sentences.Length - 1].Trim();

            // A body-named issuer right before the series, as IEEE prints it: "…," Jet Propulsion Lab., Pasadena, CA, USA, Tech. Rep.
            var segments = lastBefore.Split(',');
            if (Issuer.IsMatch(segments[0]) && !inSeries.Success)
            {
                var start = before.Length - lastBefore.Length;
                return (segments[0].Trim().TrimEnd(',').Trim(), FirstSentenceEnd(before.Substring(0, start)));
            }

            if (inSeries.Success)
            {
                return (inSeries.Groups["issuer"].Value.Trim(), TitleEnd(before));
            }

            // MDPI's "…; Scientific Investigations Report 2014–5075; U.S. Geological Survey: Reston, VA, USA, 2014": the issuer is
            // the publisher's place in its imprint, before the colon and the place.
            var imprint = MdpiImprint.Match(after);
            if (imprint.Success)
            {
                return (imprint.Groups["issuer"].Value.Trim(), TitleEnd(before));
            }

            foreach (var sentence in Sentences.Split(after))
            {
                // "No. 2018-5144. US Geological Survey", or Frontiers' "… D-99803. Pasadena, CA: Jet Propulsion Laboratory".
                var parts = StripPlace(sentence.Trim().TrimStart(',', ' ').TrimEnd('.')).Split(',');
                if (Issuer.IsMatch(parts[0]))
                {
                    // A body and the ones it belongs to, each named as one: "US Department of Health and Human Services,
                    // Centers for Disease Control and Prevention, National Center for Health Statistics".
                    var count = 1;
                    while (count < parts.Length && Issuer.IsMatch(parts[count]) && System.Array.TrueForAll(parts[count].Trim().Split(' '), JournalWords.IsNameWord))
                    {
                        count++;
                    }

                    return (StripPlace(string.Join(",", parts, 0, count).Trim().TrimEnd('.')), TitleEnd(before));
                }
            }

            for (var i = sentences.Length - 1; i > 0; i--)
            {
                if (Issuer.IsMatch(sentences[i]))
                {
                    return (StripPlace(sentences[i].Trim().TrimEnd('.')), TitleEnd(before.Substring(0, before.IndexOf(sentences[i], System.StringComparison.Ordinal))));
                }
            }

            // "Technical Report MSR-TR-2020-12, Microsoft Research, Redmond, WA": the body named right after a technical
            // report's number issued it, whatever its name says.
            var next = after.TrimStart().StartsWith(",", System.StringComparison.Ordinal) ? after.TrimStart(',', ' ').Split(',')[0].Trim().TrimEnd('.') : string.Empty;
            if (TechnicalSeries.IsMatch(series) && next.Length > 0 && char.IsUpper(next[0]) && next.Split(' ').Length <= 6
                && System.Array.TrueForAll(next.Split(' '), JournalWords.IsNameWord))
            {
                return (next, TitleEnd(before));
            }

            // The imprint after a named series' number, with a place before or after the body: "… 2018-07. Mexico City: Comisión
            // Nacional del Agua" (a bare "No." may be a book's, whose imprint is a publisher's).
            var printedIssuer = series.StartsWith("No.", System.StringComparison.Ordinal) ? null : ReportImprint.Issuer(after);
            return printedIssuer is null ? (null, 0) : (printedIssuer, TitleEnd(before));
        }

        /// <summary>Where the title ends when the series' own name stands between it and the series' genre.</summary>
        private static int WithoutSeriesName(string body, int titleEnd)
        {
            var name = SeriesName.Match(body.Substring(0, titleEnd));
            return name.Success && name.Index > 0 ? name.Index - 1 : titleEnd;
        }

        /// <summary>The title ends at the last separator of the text before the report's parts.</summary>
        private static int TitleEnd(string before) => before.TrimEnd('.', ',', ';', ':', ' ', '(').Length;

        /// <summary>Where the first sentence of the text ends: the title, when place and issuer follow it.</summary>
        private static int FirstSentenceEnd(string text)
        {
            var stop = text.IndexOf(". ", System.StringComparison.Ordinal);
            return stop < 0 ? TitleEnd(text) : stop;
        }

        /// <summary>"Reston, VA: U.S. Geological Survey" → "U.S. Geological Survey".</summary>
        private static string StripPlace(string text)
        {
            var colon = text.LastIndexOf(": ", System.StringComparison.Ordinal);
            return (colon >= 0 ? text.Substring(colon + 2) : text).Trim();
        }

        private static string YearOf(string text)
        {
            var year = Year.Match(text);
            return year.Success ? ", " + year.Value : string.Empty;
        }
    }
}
