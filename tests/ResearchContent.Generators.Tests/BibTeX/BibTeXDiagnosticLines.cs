using System.Collections.Generic;
using System.Linq;
using ResearchContent.Generators.Model;

namespace ResearchContent.Generators.Tests.BibTeX
{
    /// <summary>A file's diagnostics as the compiler prints them: <c>path(line,column): severity ID: message</c>, 1-based.</summary>
    internal static class BibTeXDiagnosticLines
    {
        public static IReadOnlyList<string> Of(SourceFile file) =>
            file.Diagnostics.Select(info => info.ToDiagnostic()).Select(diagnostic =>
            {
                var span = diagnostic.Location.GetLineSpan();
                return $"{file.RelativePath}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): "
                    + $"{diagnostic.Severity.ToString().ToLowerInvariant()} {diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
            }).ToList();
    }
}
