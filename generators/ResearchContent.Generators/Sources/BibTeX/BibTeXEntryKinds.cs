using System;
using ResearchContent.Generators.Model;

namespace ResearchContent.Generators.Sources.BibTeX
{
    /// <summary>The kind of work an entry type names, in BibTeX's and biblatex's types.</summary>
    internal static class BibTeXEntryKinds
    {
        /// <summary>The kind of an entry.</summary>
        /// <param name="type">The entry type, lower-case.</param>
        /// <param name="field">The entry's decoded field of a lower-case name, or <see langword="null"/>.</param>
        public static PublicationKind Of(string type, Func<string, string?> field)
        {
            // Google Scholar exports a preprint as an article in the journal "arXiv preprint arXiv:…".
            var journal = field("journal") ?? field("journaltitle");
            return type switch
            {
                "article" => Mentions(journal, "arxiv") || (journal is null && IsArXivEprint(field)) ? PublicationKind.Preprint : PublicationKind.Article,
                "inproceedings" or "conference" or "proceedings" or "mvproceedings" => PublicationKind.Conference,
                "book" or "booklet" or "mvbook" or "collection" or "mvcollection" => PublicationKind.Book,
                "incollection" or "inbook" or "bookinbook" or "suppbook" or "suppcollection" => PublicationKind.Chapter,
                "phdthesis" or "mastersthesis" or "thesis" => PublicationKind.Thesis,
                "techreport" or "report" => PublicationKind.Report,
                "unpublished" or "preprint" => PublicationKind.Preprint,
                "misc" or "online" or "electronic" or "www" =>
                    IsArXivEprint(field) || Mentions(journal, "arxiv") ? PublicationKind.Preprint : PublicationKind.Other,
                _ => PublicationKind.Other,
            };
        }

        /// <summary>
        /// Whether the entry is an arXiv e-print: <c>archivePrefix = {arXiv}</c> (arXiv's own export) or
        /// <c>eprinttype = {arxiv}</c> (biblatex), Zotero's <c>publisher = {arXiv}</c>, or a DOI of arXiv's 10.48550.
        /// </summary>
        private static bool IsArXivEprint(Func<string, string?> field) =>
            Mentions(field("archiveprefix"), "arxiv")
            || Mentions(field("eprinttype"), "arxiv")
            || Mentions(field("publisher"), "arxiv")
            || (field("doi") ?? string.Empty).StartsWith("10.48550/", StringComparison.OrdinalIgnoreCase);

        private static bool Mentions(string? value, string word) =>
            value is not null && value.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0;
    }
}
