using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using ResearchContent.Generators.Diagnostics;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Validation;
using ResearchContent.Generators.Validation.Catalog;
using ResearchContent.Generators.Validation.Entries;

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
                statements.Add(new SourceStatement(PageStatements.Of(entry, publication), entry.Page.Lines, publication));
            }

            foreach (var file in sourceFiles.OrderBy(f => FormatOrder(f), Comparer<int>.Default).ThenBy(f => f.RelativePath, StringComparer.Ordinal).ThenBy(f => f.FilePath, StringComparer.Ordinal))
            {
                foreach (var info in file.Diagnostics)
                {
                    diagnostics.Report(file.FilePath, file.RelativePath, info);
                }

                // A collection file is one publication, so an error anywhere in it (RC12xx) leaves it out, as an error
                // leaves a page's entry out; a BibTeX file leaves out the entries its errors are about itself.
                var failed = file.Diagnostics.Any(d => DiagnosticDescriptors.Get(d.Id).DefaultSeverity == DiagnosticSeverity.Error);
                foreach (var publication in file.Publications)
                {
                    if (failed && publication.Format == SourceFormat.Collection)
                    {
                        continue;
                    }

                    // A link a browser would run (javascript:, data:) is an error, as on a page (RC1011): the statement is left out.
                    if (ForeignLink(publication) is { } link)
                    {
                        diagnostics.Report(file.FilePath, file.RelativePath, DiagnosticInfo.At(
                            DiagnosticDescriptors.UnsafeLink.Id, file.FilePath, file.Lines, publication.Span, link));
                        continue;
                    }

                    statements.Add(new SourceStatement(publication, file.Lines, null));
                }
            }

            var keys = new MergedKeys();
            var publications = new List<PublicationModel>();
            foreach (var group in SourceGrouping.Group(statements))
            {
                void Report(SourceStatement statement, DiagnosticInfo info) =>
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

        private static string? ForeignLink(SourcePublication publication)
        {
            if (publication.Url is { } url && LinkPolicy.HasForeignScheme(url))
            {
                return url;
            }

            foreach (var link in publication.Links)
            {
                if (!LinkPolicy.MayLink(link.Url))
                {
                    return link.Url;
                }
            }

            return null;
        }

        // Collections before BibTeX files, told by the file itself: a BibTeX file whose every entry failed still sorts as one.
        private static int FormatOrder(SourceFile file) => Sources.BibTeX.BibTeXFileReader.IsBibTeXFile(file.FilePath) ? 1 : 0;
    }
}
