using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using ResearchContent.Generators.Diagnostics;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Primitives;
using ResearchContent.Generators.Sources.Collection;
using Xunit;

namespace ResearchContent.Generators.Tests.Collection
{
    /// <summary>
    /// The sample academicpages site of tests/Corpus/Collection: a researcher's <c>_publications/</c> as it grew from
    /// the template's files over years of editing, its <c>_config.yml</c>, and one paper filed in <c>_pages/</c>.
    /// </summary>
    internal static class CollectionCorpus
    {
        public static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Corpus", "Collection");

        public static readonly CategoryNames Categories = SiteConfigReader.Read(Text("_config.yml"));

        /// <summary>Every Markdown file of the sample site, as paths relative to its root, in ordinal order.</summary>
        public static IReadOnlyList<string> Files { get; } = Directory.GetFiles(Root, "*.md", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Root, path).Replace('\\', '/'))
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToArray();

        public static string Text(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

        public static SourceFile Read(string relativePath) => Read(relativePath, Text(relativePath));

        public static SourceFile Read(string relativePath, string text, CategoryNames? categories = null) =>
            CollectionFileReader.Read("/site/" + relativePath, relativePath, text, categories ?? Categories, CancellationToken.None);

        /// <summary>The one publication of a file that must read with no diagnostic at all.</summary>
        public static SourcePublication Clean(string relativePath)
        {
            var file = Read(relativePath);
            Assert.Empty(Describe(file.Diagnostics));
            return Assert.Single(file.Publications);
        }

        /// <summary>The one publication of a file, whatever its diagnostics.</summary>
        public static SourcePublication Publication(string relativePath) => Assert.Single(Read(relativePath).Publications);

        /// <summary>Diagnostics as "ID (line,column)-(line,column)" with 0-based positions, to compare in one assertion.</summary>
        public static IEnumerable<string> Describe(EquatableArray<DiagnosticInfo> diagnostics) =>
            diagnostics.Select(d => $"{d.Id} ({d.StartLine},{d.StartColumn})-({d.EndLine},{d.EndColumn})");

        public static RelativeSpan? Location(SourcePublication publication, string field) =>
            publication.Locations.SingleOrDefault(location => location.Field == field)?.Span;

        public static IEnumerable<string> Links(SourcePublication publication) => publication.Links.Select(link => link.Text + " " + link.Url);

        public static IEnumerable<string> Fields(SourcePublication publication) => publication.Fields.Select(field => field.Name + "=" + field.Value);

        public static IEnumerable<string> Authors(ParsedCitation? citation) =>
            citation?.Authors.Select(author => author.Family + ", " + author.Given) ?? Enumerable.Empty<string>();
    }
}
