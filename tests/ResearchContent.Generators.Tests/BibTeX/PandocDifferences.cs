using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Kind = ResearchContent.Generators.Model.PublicationKind;

namespace ResearchContent.Generators.Tests.BibTeX
{
    /// <summary>
    /// Every way pandoc 2.17 reads the corpus differently from our reader, with the reason ours is what the catalog
    /// wants. A difference is accepted only when one of these explains it, and each must still occur, so the list
    /// stays exactly what differs. Differences tied to one construct name the entries that have it.
    /// </summary>
    internal static class PandocDifferences
    {
        private static readonly AcceptedDifference[] Accepted =
        {
            new(
                "pandoc typesets the apostrophe ' as ’ (and sentence-cases the title); we keep what is written",
                d => d.Field == "title" && d.Pandoc?.IndexOf('’') >= 0 && Same(d.Pandoc.Replace('’', '\''), d.Ours, ignoreCase: true)),
            new(
                "pandoc turns English titles and book titles into sentence case for CSL; we keep the case written",
                d => d.Field is "title" or "container" && Same(d.Pandoc, d.Ours, ignoreCase: true)),
            new(
                "pandoc writes a page range with a hyphen; BibTeX's -- is an en dash, as printed",
                d => d.Field == "page" && d.Ours?.Replace('–', '-') == d.Pandoc),
            new(
                "pandoc keeps a DOI link as written; SourcePublication.Doi is the bare DOI",
                d => d.Field == "doi" && d.Pandoc == "https://doi.org/" + d.Ours),
            new(
                "pandoc spaces initials written together (D.P.S. → D. P. S.); we keep the given name as written",
                d => d.Field == "given" && d.Ours is not null && d.Pandoc == SpaceInitials(d.Ours)),
            new(
                "pandoc puts the accent of \\'{\\i} on a dotless ı (ı́); LaTeX means í",
                d => d.Field == "given" && d.Pandoc?.Replace("ı\u0301", "í") == d.Ours),
            new(
                "pandoc does not know \\dh and drops it; we write ð (Vogfjörð, Bárðarbunga)",
                d => d.Field is "title" or "family" && Same(d.Pandoc, d.Ours?.Replace("ð", string.Empty), ignoreCase: true)),
            new(
                "pandoc keeps TeX mathematics as written (M_w, \\sim, ^\\circ); we write what a reader sees (Mw, ∼, °)",
                d => d.Field == "title" && d.Key is "sun2025dingri" or "Jonsson2002" or "Grandin2015" or "lu2019zhong" or "zhao2022uplift"),
            new(
                "NASA ADS writes the AAS journal macros \\jgr and \\nat, which pandoc drops; we expand them",
                d => d.Field == "container" && d.Pandoc is null && d.Key is "1979JGR....84.2348H" or "1977JGR....82.2981K" or "2002Natur.418..167P"),
            new(
                "a preprint's container is the archive it names (archivePrefix = {arXiv}), which CSL has no field for",
                d => d.Field == "container" && d.Pandoc is null && d.Publication.Kind == Kind.Preprint && d.Ours == "arXiv"),
            new(
                "BibTeX's @conference is @inproceedings; pandoc 2.17 leaves it untyped, without its booktitle",
                d => d.Item.Type.Length == 0 && d.Publication.Kind == Kind.Conference && d.Field is "type" or "container"),
            new(
                "an arXiv paper (journal = {arXiv preprint …}, archivePrefix = {arXiv}, an arXiv DOI) is a preprint; pandoc types it by the entry type",
                d => d.Field == "type" && d.Ours == nameof(Kind.Preprint) && d.Pandoc is nameof(Kind.Article) or nameof(Kind.Other)),
            new(
                "@proceedings is a conference's volume; CSL calls it a book",
                d => d.Field == "type" && d.Item.Type == "book" && d.Ours == nameof(Kind.Conference)),
            new(
                "@software is neither a book nor an article; pandoc 2.17 types it as a book",
                d => d.Field == "type" && d.Item.Type == "book" && d.Ours == nameof(Kind.Other)),
        };

        public static IEnumerable<string> Reasons => Accepted.Select(difference => difference.Reason);

        /// <summary>The reason of the first accepted difference that explains this one, or <see langword="null"/>.</summary>
        public static string? Explain(FieldDifference difference) => Accepted.FirstOrDefault(accepted => accepted.Applies(difference))?.Reason;

        /// <summary>The kind our reader gives for each CSL type, where the two only name the same kind differently.</summary>
        public static string KindOf(string cslType) => cslType switch
        {
            "article-journal" => nameof(Kind.Article),
            "paper-conference" => nameof(Kind.Conference),
            "book" or "pamphlet" => nameof(Kind.Book),
            "chapter" => nameof(Kind.Chapter),
            "thesis" => nameof(Kind.Thesis),
            "report" => nameof(Kind.Report),
            "manuscript" => nameof(Kind.Preprint),
            "webpage" or "dataset" or "" => nameof(Kind.Other),
            _ => cslType,
        };

        private static bool Same(string? left, string? right, bool ignoreCase) =>
            left is not null && right is not null && string.Equals(left, right, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

        private static string SpaceInitials(string given)
        {
            var spaced = new StringBuilder();
            for (var i = 0; i < given.Length; i++)
            {
                spaced.Append(given[i]);
                if (given[i] == '.' && i + 1 < given.Length && char.IsLetter(given[i + 1]))
                {
                    spaced.Append(' ');
                }
            }

            return spaced.ToString();
        }

        private sealed record AcceptedDifference(string Reason, Func<FieldDifference, bool> Applies);
    }
}
