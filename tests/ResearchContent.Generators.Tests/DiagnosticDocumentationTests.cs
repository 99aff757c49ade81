using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using ResearchContent.Generators.Diagnostics;
using Xunit;

namespace ResearchContent.Generators.Tests
{
    /// <summary>Every diagnostic is explained where its help link points, and none can be left out of the list.</summary>
    public sealed class DiagnosticDocumentationTests
    {
        private static readonly string[] DocumentLines = File.ReadAllLines(Path.Combine(RepositoryRoot(), "docs", "diagnostics.md"));

        [Fact]
        public void Every_descriptor_field_is_in_the_list_of_all_diagnostics()
        {
            // Found here independently of DiagnosticDescriptors.All, so a descriptor kept out of the list would show.
            var fields = typeof(DiagnosticDescriptors).GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
                .Where(field => field.FieldType == typeof(DiagnosticDescriptor))
                .Select(field => ((DiagnosticDescriptor)field.GetValue(null)!).Id)
                .OrderBy(id => id, StringComparer.Ordinal);
            Assert.Equal(fields, DiagnosticDescriptors.All.Select(d => d.Id));
        }

        [Fact]
        public void Every_diagnostic_has_its_section_in_docs_diagnostics_md()
        {
            var headings = DocumentLines.Where(l => l.StartsWith("## RC", StringComparison.Ordinal)).ToArray();
            Assert.Equal(DiagnosticDescriptors.All.Select(d => "## " + d.Id + ": " + d.Title), headings);
        }

        [Fact]
        public void Every_help_link_points_at_an_anchor_just_above_its_section()
        {
            foreach (var descriptor in DiagnosticDescriptors.All)
            {
                var anchor = descriptor.Id.ToLowerInvariant();
                Assert.Equal(HelpLinks.DiagnosticsDocument + "#" + anchor, descriptor.HelpLinkUri);
                var heading = Array.IndexOf(DocumentLines, "## " + descriptor.Id + ": " + descriptor.Title);
                Assert.True(heading >= 2, descriptor.Id);
                Assert.Equal("<a id=\"" + anchor + "\"></a>", DocumentLines[heading - 2]);
            }
        }

        [Fact]
        public void Every_diagnostic_is_in_the_analyzer_release_notes()
        {
            var notes = File.ReadAllLines(Path.Combine(RepositoryRoot(), "generators", "ResearchContent.Generators", "AnalyzerReleases.Unshipped.md"));
            foreach (var descriptor in DiagnosticDescriptors.All)
            {
                Assert.Contains(
                    descriptor.Id + " | " + descriptor.Category + " | " + descriptor.DefaultSeverity + " | " + descriptor.Title,
                    notes);
            }
        }

        private static string RepositoryRoot() => EndToEnd.DotnetCli.RepositoryRoot;
    }
}
