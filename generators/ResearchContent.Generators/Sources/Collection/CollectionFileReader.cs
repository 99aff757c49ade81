using System;
using System.Linq;
using System.Threading;
using ResearchContent.Generators.Diagnostics;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Primitives;
using ResearchContent.Generators.Validation;

namespace ResearchContent.Generators.Sources.Collection
{
    /// <summary>
    /// Reads one academicpages collection file (<c>_publications/2009-10-01-paper-title-number-1.md</c>): YAML front
    /// matter that states one paper, and a Markdown body that is the paper's own page. It never throws: every problem
    /// is a diagnostic located in the file, and an unexpected failure is RC0002 at its first line.
    /// </summary>
    internal static class CollectionFileReader
    {
        /// <param name="filePath">The path the compiler knows the file by; diagnostics point there.</param>
        /// <param name="relativePath">The path relative to the content root, with <c>/</c> separators; its name may carry the date.</param>
        /// <param name="text">The file's text.</param>
        /// <param name="categories">The site's publication categories, from <see cref="SiteConfigReader"/>.</param>
        /// <param name="cancellationToken">Cancels the read when the compilation is abandoned.</param>
        public static SourceFile Read(string filePath, string relativePath, string text, CategoryNames categories, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // Line starts in the text as the compiler holds it, byte-order mark included, so that a diagnostic's offset and
            // its line agree (found by fuzzing).
            text ??= string.Empty;
            var lineStarts = FileLines.OfTextWithoutByteOrderMark(ref text);
            try
            {
                return ReadText(filePath, relativePath ?? string.Empty, text, lineStarts, categories ?? CategoryNames.Empty, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                var failure = DiagnosticInfo.At(
                    DiagnosticDescriptors.UnexpectedFailure.Id, filePath, lineStarts, new RelativeSpan(0, 0, 0, 0), FailureMessage.Of(exception));
                return new SourceFile(filePath, relativePath ?? string.Empty, lineStarts, EquatableArray<SourcePublication>.Empty, new[] { failure }.ToEquatableArray());
            }
        }

        private static SourceFile ReadText(string filePath, string relativePath, string text, FileLines lineStarts, CategoryNames categories, CancellationToken cancellationToken)
        {
            var lines = LineMap.SplitLines(text);
            var diagnostics = new FileDiagnosticList(filePath, lineStarts, lines);
            var firstLine = new RelativeSpan(0, 0, 0, lines[0].TrimEnd().Length);
            SourceFile Result(params SourcePublication[] publications)
            {
                LineMap? textMap = null;
                MisleadingCharacterWarning.CheckFile(
                    text,
                    publications.SelectMany(publication => publication.Locations),
                    (offset, length, arguments) => diagnostics.Add(DiagnosticDescriptors.MisleadingCharacter, (textMap ??= LineMap.Of(text)).Span(offset, length), arguments));
                return new(filePath, relativePath, lineStarts, publications.ToEquatableArray(), diagnostics.ToEquatableArray());
            }

            if (FrontMatterBlock.Find(lines) is not { } block)
            {
                diagnostics.Add(DiagnosticDescriptors.CollectionFileWithoutFrontMatter, firstLine);
                return Result();
            }

            if (!block.IsClosed)
            {
                diagnostics.Add(DiagnosticDescriptors.InvalidCollectionFrontMatter, firstLine, "the front matter is not closed by a '---' line");
                return Result();
            }

            var yaml = string.Join("\n", lines.Skip(1).Take(block.CloseLine - 1));
            var result = LenientYamlReader.Read(yaml);
            if (result.Error is not null)
            {
                // The error's line in the YAML is the file's next line; a parser that ran off the end points at the closing line.
                var line = Math.Min(result.ErrorLine + 1, block.CloseLine);
                var column = Math.Min(result.ErrorColumn, lines[line].Length);
                diagnostics.Add(DiagnosticDescriptors.InvalidCollectionFrontMatter, new RelativeSpan(line, column, line, Math.Max(column, lines[line].TrimEnd().Length)), result.Error);
                return Result();
            }

            var root = result.Root ?? YamlValue.Mapping(Array.Empty<YamlEntry>(), new YamlMarks(0, 0, 0, 0));
            if (root.Kind != YamlValueKind.Mapping)
            {
                var line = root.StartLine + 1;
                diagnostics.Add(
                    DiagnosticDescriptors.InvalidCollectionFrontMatter,
                    new RelativeSpan(line, root.StartColumn, line, Math.Max(root.StartColumn, lines[line].TrimEnd().Length)),
                    "the front matter must be a mapping of names to values, such as 'title: \"Paper Title\"'");
                return Result();
            }

            var frontMatter = new CollectionFrontMatter(root, lines);
            if (frontMatter.Field(CollectionFieldNames.Published)?.Value is { IsFalse: true })
            {
                // Jekyll leaves an unpublished file out of the site; the catalog follows the site.
                return Result();
            }

            cancellationToken.ThrowIfCancellationRequested();
            var body = string.Join("\n", lines.Skip(block.CloseLine + 1)).Trim();
            var publication = CollectionPublicationReader.Read(frontMatter, relativePath, firstLine, body.Length == 0 ? null : body, categories, diagnostics) with
            {
                FilePath = filePath,
                RelativePath = relativePath,
            };
            return Result(publication);
        }
    }
}
