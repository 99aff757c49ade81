using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// Takes out of a pasted citation what is not part of its bibliographic fields: the DOI in any of the forms
    /// publishers print it (kept), links, ISSNs and ISBNs, database markers such as <c>[Google Scholar]</c>, labels
    /// such as <c>Citation:</c>, and a trailing remark such as <c>(Invited feature paper)</c> (kept as the note).
    /// </summary>
    internal static class CitationCleaner
    {
        private static readonly GuardedRegex Whitespace = new(
            CitationRegex.Create(@"\s+"),
            // Needs whitespace other than single spaces to change anything.
            text => Literal.HasWhitespaceToCollapse(text));

        private static readonly Regex LeadingLabel = CitationRegex.Create(@"^(?:Citation|Cite\s+this(?:\s+article)?|Cite\s+as|To\s+cite\s+this\s+article)\s*:\s*", RegexOptions.IgnoreCase);

        // A reference list's numbering or bullet: "1. ", "[3] ", "2) ", "• ", "- ", and a CV's numbering by kind, "[C3] ", "[J12] ".
        // A year with a full stop ("2021. Okada Haruto, …") is no list number: the leading year below reads it.
        private static readonly Regex LeadingMarker = CitationRegex.Create(@"^(?:\[(?!(?:19|20)\d\d\])\p{Lu}{0,2}\d{1,4}\]|(?!(?:19|20)\d\d\.)\d{1,4}[.)](?=\s)|[•·▪\-–]|\*(?=\s))\s*");

        // GB/T 7714's access date of an online source: "[2024-05-20]".
        private static readonly Regex AccessDate = CitationRegex.Create(@"\s*\[\d{4}-\d{1,2}-\d{1,2}\]");

        // "doi: https://doi.org/10.…", "DOI: 10.…", "https://dx.doi.org/10.…", "doi.org/10.…", "Available from: https://doi.org/…" or a bare "10.…".
        // A DOI is printed in ASCII: full-width punctuation after it ("…0001（邀稿專章）") closes it, as a space would.
        private static readonly GuardedRegex Doi = new(
            CitationRegex.Create(
            @"[,.;]?\s*(?:Available\s+(?:from|at|online)\s*:?\s*)?(?:\[?\bdoi\]?\s*:?\s*)?(?:https?://(?:dx\.|www\.)?doi\.org/|(?:dx\.|www\.)?doi\.org/)?(?<doi>\b10\.\d{4,9}/[^\s""（）。，]+)",
            RegexOptions.IgnoreCase),
            // Needs the "10." every DOI starts with.
            text => Literal.In(text, "10."));

        private static readonly GuardedRegex Link = new(
            CitationRegex.Create(
            @"[,.;]?\s*(?:\[Online\]\.?\s*)?(?:(?:Available(?:\s+(?:online|at|from))*|Retrieved\s+from|URL|To\s+link\s+to\s+this\s+article)\s*:?\s*)?\(?(?:https?://|www\.)[^\s()]+(?:\([^\s()]*\)[^\s()]*)*\)?"
            + @"|[,.;]?\s*\[Online\]\.?|\s*To\s+link\s+to\s+this\s+article\s*:?",
            RegexOptions.IgnoreCase),
            // Needs a scheme's "://", "www.", "[Online]" or "To link to this article".
            text => Literal.In(text, "://") || Literal.AnyInAnyCase(text, "www.", "[online]", "link"));

        private static readonly GuardedRegex Identifier = new(
            // A book's page count at the end ("Editorial Síntesis, 312 pp.") or before AGU's publisher ("308 pp., Kluwer Acad.") is no field.
            CitationRegex.Create(@"[,.;]?\s*\b(?:IS[SB]N\s*:?\s*[0-9Xx][0-9Xx\-‐]*|PMC?ID\s*:?\s*(?:PMC)?\d+)|,\s*\d{2,4}\s*pp\.?\s*$|,\s*\d{2,4}\s*pp\.(?=,\s*\p{Lu})", RegexOptions.IgnoreCase),
            // Needs "ISSN", "ISBN", PubMed's "PMID"/"PMCID" or a page count's "pp".
            text => Literal.AnyInAnyCase(text, "issn", "isbn", "pmid", "pmcid", "pp"));

        // APA's and Frontiers' "[Dataset]", "[Data set]": a data set, which is published like a report, by its repository.
        // Hand-edited lists put the same words in parentheses: "NumPy v1.24.0 (software). Zenodo, 2022."
        private static readonly Regex DatasetMarker = CitationRegex.Create(@"\s*(?:\[(?:Dataset|Data\s+set|Data|(?:Computer\s+)?Software)\]|\((?:Dataset|Data\s+set|Software)\))", RegexOptions.IgnoreCase);

        // A group's own page links its materials in lower case too: "[code]", "[pdf]", "[slides]".
        private static readonly Regex DatabaseMarker = CitationRegex.Create(
            @"\s*\[(?:Google\s+Scholar|Cross[Rr]ef|PubMed|Web\s+of\s+Science|Scopus|CAS|Green\s+Version|Ref\s+list|PMC\s+free\s+article|PDF|pdf|HTML|html|[Ll]ink|[Pp]aper|[Cc]ode|[Ss]lides|[Vv]ideo|[Pp]roject\s+page|BibTeX|bibtex)\]");

        // A remark at the very end, in parentheses: words, not a year (but a reprint's "(reprinted from 1956)"), an issue, a thesis/report/page mention, OSTI's country,
        // Frontiers' imprint ("(Berlin, Heidelberg: Springer)") or Wiley's editors of the book ("(eds R.W. Tiner, …)"), which mark a chapter.
        private static readonly GuardedRegex TrailingRemark = new(
            CitationRegex.Create(
            @"[\s,.;]+\((?<note>(?!\s*(?:pp?\.|vol\.?|no\.|eds?\.?\s|doctoral|ph\.?\s?d|master|m\.?\s?sc|thesis|dissertation|report|\d|United\s+(?:States|Kingdom)\)))(?!(?!(?-i:reprinted|originally|first\s+published|translated)\b)[^()]*\d{4})(?![\p{L} ,.]+:\s*\p{Lu})[^()]*(?-i:\p{Ll}{3})[^()]*)\)[\s.,;]*$",
            RegexOptions.IgnoreCase),
            // Needs parentheses.
            text => Literal.In(text, '(') && Literal.In(text, ')'));

        // A remark in brackets at the very end, as hand-edited lists print it: "[Invited]", "[Cover article]"; not APA's thesis
        // label with its university ("[Doctoral dissertation, Università di Bologna]"), which the thesis shape reads.
        private static readonly GuardedRegex TrailingBracketRemark = new(
            CitationRegex.Create(
            @"[\s,.;]+\[(?<note>(?!\s*\d)(?!(?i:\s*(?:doctoral|ph\.?\s?d|master|m\.?\s?sc|thesis|dissertation)))[^\[\]]*\p{Ll}{3}[^\[\]]*)\][\s.,;]*$"),
            // Needs brackets.
            text => Literal.In(text, '[') && Literal.In(text, ']'));

        // A chapter's editors in parentheses after its book, as hand-typed lists add them: "In Book (eds. R. Smith & K. Ito), pp. 77–102".
        // Editors are no field of ours, and left in place they end the book's name.
        private static readonly Regex EditorsInParentheses = CitationRegex.Create(@"\s*\((?:eds?\.:?|editors?:|edited\s+by)\s+\p{Lu}[^()]*\)(?=[,.])", RegexOptions.IgnoreCase);

        // A year typed before everything else, as some lists are ordered: "2019 — Xu A, Wang T: Title", and in parentheses
        // before a name with its initials, "(2021) Okonkwo C, …", "(2021) Wang, T.", "(2021) T. Wang" (before anything else, such
        // as a title, it is left to the layout, which reads a work with no authors).
        private static readonly Regex LeadingYear = CitationRegex.Create(
            @"^(?:\[?(?<year>(?:19|20)\d{2})[a-z]?\]?\s*(?:[—–\-:.|]\s*|\s(?=\p{Lu}))|\((?<year>(?:19|20)\d{2})[a-z]?\)\s(?=\p{Lu}[\p{L}'’\-]+,?\s\p{Lu}{1,3}\b|\p{Lu}\.))");

        // A year in brackets, "[2018]", as some lists print it: read like one in parentheses.
        private static readonly Regex BracketedYear = CitationRegex.Create(@"\[(?<year>(?:19|20)\d\d[a-z]?)\]");

        // Markdown emphasis left in a pasted citation: "**Wang, T.**", "_Landslides_", "*Title*". A lone "*" marks a corresponding author.
        private static readonly Regex Emphasis = CitationRegex.Create(
            @"(?<=^|[\s(\[“""‘'])(?<mark>\*\*|__|\*|_)(?=[\p{L}\d‘“""'])(?<text>[^*_]+?)(?<=[\p{L}\d.?!’”""')])\k<mark>(?=$|[\s,.;:)\]])");

        // Every field separated by a slash: "Li Z / Wright T J / 2016 / Title / Journal / XLI-B4 / 763–769".
        private static readonly Regex FieldSlash = CitationRegex.Create(@"\s+/\s+");

        // An abstract's number as meeting lists print it: "Abstract G41C-01", "abstract #T21C-01".
        private static readonly Regex AbstractNumber = CitationRegex.Create(@"\b[Aa]bstract\s*#?\s*(?=\p{Lu}{1,3}\d{1,3}\p{Lu}?-\d{1,5}\b)");

        // "images.Frontiers", "(2021).Deriving", "data.IEEE": a full stop typed without its space, between words (not "U.S." or "J.-P.").
        private static readonly Regex MissingSpace = CitationRegex.Create(@"(?<=\p{Ll}{2}|\))\.(?=\p{Lu}\p{Ll}|\p{Lu}{3,}\b)");

        // "… Pages 1465-1469. Published 2014.": the year, said in words at the end.
        private static readonly Regex PublishedYear = CitationRegex.Create(@"[.,]?\s*Published\s+(?:online\s+)?(?<year>(?:19|20)\d\d)\.?$");

        // "Remote Sens.2019,11,2529": a year typed right after an abbreviation's period.
        private static readonly GuardedRegex YearAfterPeriod = new(
            CitationRegex.Create(@"(?<=\p{L}{2}\.)(?=(?:19|20)\d\d,)"),
            // Needs the period right before the year's first digits.
            text => Literal.In(text, ".19") || Literal.In(text, ".20"));

        // "mitigation,Sensors": a comma typed without its space, between words.
        private static readonly Regex MissingCommaSpace = CitationRegex.Create(@"(?<=\p{Ll}{2}),(?=\p{Lu}\p{Ll})");

        // Oxford Academic's "accessed 12 Mar. 2024" says when the page was read, not when the work appeared.
        // Frontiers' "(Accessed February 1, 2024)" the same.
        // Copernicus asks for "(Accessed on 12-May-2024)".
        private static readonly Regex Accessed = CitationRegex.Create(
            @"[,.]?\s*\(?accessed\s+(?:on\s+)?(?:\d{1,2}[\s\-]\p{L}+\.?[\s\-]\d{4}|\p{L}+\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{1,2}-\d{1,2})\)?",
            RegexOptions.IgnoreCase);

        // A pipe or a spaced dash typed between fields: "Authors — Title — Journal | 2016", "Authors - Title - Journal".
        // One spaced dash alone is more likely a title's own ("GNSS — Global Navigation Satellite Systems"), so dashes
        // count only in twos.
        private static readonly Regex FieldBar = CitationRegex.Create(@"\s*\|\s*");

        private static readonly Regex FieldDash = CitationRegex.Create(@"\s+[—–-]\s+");

        // A space typed before a comma, semicolon or colon (" ,Earth Planet. Sci. Lett., 2024 ;627 :118567").
        // A colon with spaces on both sides is French typography, kept as printed ("Afar (Éthiopie) : apport de …").
        private static readonly Regex SpaceBeforePunctuation = CitationRegex.Create(@"\s+(?=[,;](?:\S|\s)|:\S)");

        // "(2024, accepted)": the year, and a status that is a note.
        private static readonly Regex YearAndStatus = CitationRegex.Create(@"\((?:(?<year>\d{4}),\s*(?<note>accepted|in\s+press|submitted|forthcoming)|(?<note>accepted|in\s+press|submitted|forthcoming),\s*(?<year>\d{4}))\)", RegexOptions.IgnoreCase);

        private static readonly Regex StatusInParentheses = CitationRegex.Create(@"\((?<note>in\s+press|accepted|forthcoming)\)", RegexOptions.IgnoreCase);

        // Preprints: "arXiv preprint arXiv:2104.12345" (also with a typed comma, "arXiv preprint, arXiv:…"), "arXiv:2204.09435 [cs.CV]", and Frontiers' "[Preprint]" after any server's
        // name, a sentence of its own: "arXiv [Preprint]", "bioRxiv [Preprint]", "ESS Open Archive [Preprint]", Copernicus' "The
        // Cryosphere Discuss. [preprint]".
        // So are the servers that print a number of their own after their name: Cold Spring Harbor's dated identifiers
        // ("medRxiv 2021.03.15.21253654") and SSRN's, as Google Scholar prints it ("Available at SSRN 3773347").
        private static readonly GuardedRegex ArXiv = new(
            CitationRegex.Create(
            @"(?:(?<container>arXiv\s+preprint),?\s+)?(?<id>arXiv:\d{4}\.\d{4,5}(?:v\d+)?)(?:\s*\[[\w.\-]+\])?|(?<=^|[.,]\s)(?<container>arXiv)\s+(?<id>\d{4}\.\d{4,5}(?:v\d+)?)\b|(?<=^|[.,]\s)(?<container>\p{L}[\p{L}\-]*(?:\s\p{Lu}[\p{L}\-.]*){0,3})\s+\[[Pp]reprint\]"
            + @"|(?<=^|[.,]\s)(?<container>(?i:bio|med|chem)Rxiv)\s+(?<id>(?:19|20)\d\d\.\d\d\.\d\d\.\d{6,8}(?:v\d+)?)|(?<=^|[.,""”]\s)(?:Available\s+at\s+)?(?<container>SSRN)\s+(?<id>\d{5,8})\b"),
            // Needs (in this case) an arXiv identifier, a server's "[Preprint]", a Cold Spring Harbor server or SSRN.
            text => Literal.In(text, "arXiv:") || Literal.InAnyCase(text, "[preprint]") || Literal.InAnyCase(text, "rxiv") || Literal.In(text, "SSRN"));

        // What is left where a preprint's server stood as a sentence of its own: "fusion. . 2019 Jun 18."
        private static readonly Regex EmptySentence = CitationRegex.Create(@"(?<=\.)\s+\.(?=\s|$)");

        private static readonly Regex DoubledComma = CitationRegex.Create(@",(?:\s*,)+");

        private static readonly Regex DoubledFullStop = CitationRegex.Create(@"(?<!\.)\.\.(?!\.)");

        // "(in Chinese)", "(in Chinese with English abstract)" printed after the journal, not at the end.
        private static readonly Regex LanguageRemark = CitationRegex.Create(@"\s*\((?<note>in\s+\p{Lu}\p{Ll}+(?:\s+with\s+\p{Lu}\p{Ll}+\s+abstracts?)?)\)");

        // A status or remark written after the last field without parentheses, or after a spaced dash ("… 24-35 — featured article");
        // ScienceDirect's status of an article in press is two words more: "In press, corrected proof", "In press, journal pre-proof".
        private static readonly GuardedRegex TrailingStatus = new(
            CitationRegex.Create(
            @"(?:^|[\s,.;]+|\s+[—–]\s+)(?<note>in\s+press(?:,\s+(?:corrected|journal\s+pre-?)\s*proof)?|accepted(?:\s+for\s+publication)?|advance\s+article|under\s+review|in\s+review|submitted|early\s+access|online\s+first|online\s+ahead\s+of\s+print|published\s+online|early\s+view"
            + @"|in\s+Chinese(?:\s+with\s+English\s+abstract)?|(?:ESI\s+)?highly\s+cited(?:\s+paper)?|hot\s+paper|cover\s+(?:article|story|paper)"
            + @"|editors?'?\s+(?:choice|highlight|pick)|highlighted\s+(?:by|in)\s+[\p{L}][\p{L}&'’ ]*|featured\s+article|invited\s+(?:feature\s+)?(?:paper|review|article|talk)|keynote(?:\s+talk)?|best\s+(?:student\s+)?paper(?:\s+award)?)(?<year>,\s*(?:19|20)\d\d)?[\s.,;]*$",
            RegexOptions.IgnoreCase),
            // Needs a word of every alternative: in press, accepted, advance (the RSC's "Advance Article"), under/in review, submitted, early access/view, online first/ahead,
            // published online, in Chinese, highly cited, hot/best paper, cover, editor's, highlighted, featured, invited, keynote.
            text => Literal.AnyInAnyCase(text, "press", "accepted", "advance", "review", "submitted", "early", "online", "chinese", "cited", "paper", "cover", "editor", "highlight", "featured", "invited", "keynote"));

        /// <summary>The parts of the citation that are kept aside, and what is left to parse.</summary>
        public static CleanCitation Clean(string text)
        {
            // Entities a page encoded twice, and full-width separators typed into a citation written in Latin letters.
            text = System.Net.WebUtility.HtmlDecode(text);
            var fullWidthRemark = RemarkShapes.TakeFullWidthRemark(ref text);
            text = FullWidth.BracketsToAscii(text);
            text = HanCharacters.Occur(text) && !FullWidth.WrittenInLatin(text) ? text : FullWidth.SeparatorsToAscii(text);
            text = ExportedAbstract.Remove(Whitespace.Replace(text, " ").Trim());
            text = Emphasis.Replace(text, match => match.Groups["text"].Value);
            text = ChineseGlosses.Remove(NlmMarkers.Remove(MarkdownLink.Unwrap(PageMarkup.Remove(text))));
            text = GostSeparator.ToFullStop(GluedPunctuation.Separate(InBeforeEditedBook.Separate(text)));
            text = LeadingMarker.Replace(text, string.Empty);
            text = LeadingLabel.Replace(text, string.Empty);
            text = WorkLabel.Remove(ThesisLabelFirst.Move(text), out var labelNote, out var isPresentation, out var labelledDataset);
            int? leadingYear = null;
            text = LeadingYear.Replace(text, match =>
            {
                leadingYear = DecimalNumber.Parse(match.Groups["year"].Value);
                return string.Empty;
            });
            text = BracketedYear.Replace(text, "(${year})");
            text = BareYear.Parenthesize(text);
            text = AccessDate.Replace(text, string.Empty);
            text = MeetingDetails.WithoutDatesAndPlaces(text);
            text = EditorsInParentheses.Replace(text, string.Empty);
            text = BookSeries.WithoutParenthesized(text);
            text = AbstractNumber.Replace(MeetingAbstract.NumberBeforeMeetingLabel(text, out var inMeetingSupplement), string.Empty);
            text = MeetingAbstract.LabelNumber(text, out var numbersAbstract);
            text = SpaceBeforePunctuation.Replace(text, string.Empty);
            text = FieldDots.Separate(FieldBar.Replace(FieldDots.Separate(text, " | "), ". "), " · ");
            text = FieldSlash.Matches(text).Count > 2 ? FieldSlash.Replace(text, "; ") : text;
            text = FieldDash.Matches(text).Count > 1 ? FieldDash.Replace(text, ". ") : text;
            text = DoubledFullStop.Replace(text, ".");
            text = DatabaseMarker.Replace(text, string.Empty);
            var isDataset = labelledDataset || DatasetMarker.IsMatch(text);
            text = DatasetMarker.Replace(text, string.Empty);

            string? doi = null;
            text = Doi.Replace(text, match =>
            {
                doi ??= DoiReader.WithoutTrailingPunctuation(match.Groups["doi"].Value);
                // The full stop before "doi:" may be a journal abbreviation's ("Seismol. Res. Lett. doi:…"): it stays for the journal to judge.
                return match.Value.StartsWith(".", StringComparison.Ordinal) ? "." : string.Empty;
            });
            var isOnline = Link.IsMatch(text);
            text = ParallelEdition.Remove(Link.Replace(text, string.Empty));
            var printsIsbn = Literal.AnyInAnyCase(text, "isbn");
            text = Identifier.Replace(text, string.Empty);
            text = MissingSpace.Replace(text, ". ");
            text = MissingCommaSpace.Replace(text, ", ");
            text = YearAfterPeriod.Replace(text, " ");
            text = PublishedYear.Replace(text, ", ${year}.");
            var onlineNote = OnlineDate.TakeTrailing(ref text);
            text = EarlyViewPlaceholder.Remove(OnlineDate.ToYear(text));
            text = Accessed.Replace(text, string.Empty);
            text = Whitespace.Replace(text, " ").Trim();

            var notes = fullWidthRemark is null ? new List<string>() : new List<string> { fullWidthRemark };
            notes.AddRange(labelNote is null ? new string[0] : new[] { labelNote });
            notes.AddRange(onlineNote is null ? new string[0] : new[] { onlineNote });
            string? articleId = null;
            string? container = null;
            text = ArXiv.Replace(text, match =>
            {
                articleId = match.Groups["id"].Success ? match.Groups["id"].Value : null;
                container = match.Groups["container"].Success ? match.Groups["container"].Value.Trim() : null;
                return string.Empty;
            });
            text = EmptySentence.Replace(text, string.Empty);
            // "…applications, The Cryosphere Discuss. [preprint], https://…, in review": the server's commas, left doubled.
            text = DoubledComma.Replace(text, ",");
            text = YearAndStatus.Replace(text, match =>
            {
                notes.Add(match.Groups["note"].Value);
                return "(" + match.Groups["year"].Value + ")";
            });
            notes.AddRange(RemarkShapes.TakeRevision(ref text));
            var status = StatusInParentheses.Match(text);
            if (status.Success)
            {
                notes.Add(status.Groups["note"].Value);
            }

            container = ReviewStatus.Take(ref text, container, notes);

            text = LanguageRemark.Replace(text, match =>
            {
                notes.Add(match.Groups["note"].Value);
                return string.Empty;
            });

            while (true)
            {
                var match = TrailingRemark.Match(text);
                match = match.Success ? match : TrailingBracketRemark.Match(text);
                match = match.Success ? match : TrailingStatus.Match(text);
                match = match.Success ? match : RemarkShapes.MatchRanking(text);

                if (!match.Success)
                {
                    break;
                }

                notes.Insert(0, match.Groups["note"].Value.Trim());
                // The full stop before a remark may be an abbreviation's ("Remote Sens. Environ. (in press)"): it stays for the journal to judge.
                // A year after a status ("in review, 2021") stays for the source.
                text = text.Substring(0, match.Index).Trim() + (text[match.Index] == '.' ? "." : string.Empty) + match.Groups["year"].Value;
            }

            text = MeetingDetails.WithoutTrailingDays(text.Trim());
            text = text.Trim().TrimEnd(',', ';').Trim();
            // A status printed twice ("(2024, accepted) … Accepted.") is one note.
            var note = notes.Count == 0 ? null : string.Join("; ", notes.Distinct(StringComparer.OrdinalIgnoreCase));
            return new CleanCitation(text, doi, note) { ArticleId = articleId, Container = container, IsDataset = isDataset, IsPresentation = isPresentation || numbersAbstract || inMeetingSupplement, LeadingYear = leadingYear, IsOnline = isOnline, PrintsIsbn = printsIsbn };
        }
    }
}
