using System;
using System.Collections.Generic;
using System.Linq;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Validation;
using ResearchContent.Generators.Validation.Catalog;

namespace ResearchContent.Generators.Merge
{
    /// <summary>
    /// The merge of every source into one catalog: page entries, collection files and BibTeX entries become
    /// statements; the statements of one paper are grouped (<see cref="SourceGrouping"/>), keyed
    /// (<see cref="MergedKeys"/>), checked against each other (<see cref="SourceDriftCheck"/>) and joined
    /// (<see cref="PublicationMerger"/>). Pages come first, then collections, then BibTeX files, each by path, so a
    /// paper is placed where its first source lists it and the catalog does not depend on the project's file order.
    /// </summary>
    internal static class SourceMerge
    {
        public static List<PublicationModel> Merge(
            IReadOnlyList<(LocatedEntry Entry, PublicationModel Publication)> pagePublications,
            IReadOnlyList<SourceFile> sourceFiles,
            ImageIndex images,
            CatalogDiagnostics diagnostics)
        {
            var statements = new List<SourceStatement>();
            foreach (var (entry, publication) in pagePublications)
            {
                statements.Add(new SourceStatement(statements.Count, PageStatements.Of(entry, publication), entry.Page.LineStarts, publication));
            }

            foreach (var file in sourceFiles.OrderBy(f => FormatOrder(f), Comparer<int>.Default).ThenBy(f => f.RelativePath, StringComparer.Ordinal).ThenBy(f => f.FilePath, StringComparer.Ordinal))
            {
                foreach (var info in file.Diagnostics)
                {
                    diagnostics.Report(file.FilePath, file.RelativePath, info);
                }

                foreach (var publication in file.Publications)
                {
                    statements.Add(new SourceStatement(statements.Count, publication, file.LineStarts, null));
                }
            }

            var keys = new MergedKeys();
            var publications = new List<PublicationModel>();
            foreach (var group in SourceGrouping.Group(statements))
            {
                void Report(SourceStatement statement, Diagnostics.DiagnosticInfo info) =>
                    diagnostics.Report(statement.Publication.FilePath, statement.Publication.RelativePath, info);

                foreach (var (statement, drift) in SourceDriftCheck.Check(group))
                {
                    Report(statement, drift);
                }

                if (keys.Assign(group, Report) is { } key)
                {
                    publications.Add(PublicationMerger.Merge(group, key, images.Resolves));
                }
            }

            return publications;
        }

        private static int FormatOrder(SourceFile file) =>
            file.Publications.Count > 0 && file.Publications[0].Format == SourceFormat.BibTeX ? 1 : 0;
    }
}
