using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using ResearchContent.Generators.Diagnostics;
using ResearchContent.Generators.Tests.EndToEnd;
using Xunit;

namespace ResearchContent.Generators.Tests
{
    /// <summary>
    /// The site and the report build with warnings as errors and show content warnings instead: src/ContentWarnings.props
    /// must name every warning, or a page with, say, a <c>&lt;div&gt;</c> left open (RC2008) would stop the site's build.
    /// </summary>
    public sealed class ContentWarningsTests
    {
        [Fact]
        public void The_props_file_lists_every_warning_the_generator_reports_and_nothing_else()
        {
            var props = XDocument.Load(Path.Combine(DotnetCli.RepositoryRoot, "src", "ContentWarnings.props"));
            var listed = props.Descendants("ResearchContentWarnings").Single().Value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

            var warnings = DiagnosticDescriptors.All.Where(d => d.DefaultSeverity == DiagnosticSeverity.Warning).Select(d => d.Id);

            Assert.Equal(warnings, listed);
        }

        [Theory]
        [InlineData("src/ResearchContent.Site/ResearchContent.Site.csproj", "../ContentWarnings.props")]
        [InlineData("src/ResearchContent.Reports/ResearchContent.Reports.csproj", "../ContentWarnings.props")]
        [InlineData("tests/ResearchContent.Site.Tests/ResearchContent.Site.Tests.csproj", "../../src/ContentWarnings.props")]
        public void Every_project_that_shows_content_warnings_imports_it(string project, string import)
        {
            var document = XDocument.Load(Path.Combine(DotnetCli.RepositoryRoot, project));

            Assert.Contains(document.Root!.Elements("Import"), element => (string?)element.Attribute("Project") == import);
            Assert.DoesNotContain(document.Descendants("WarningsNotAsErrors"), element => element.Value.Contains("RC", StringComparison.Ordinal));
        }
    }
}
