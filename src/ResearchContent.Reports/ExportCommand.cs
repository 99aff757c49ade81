using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace ResearchContent.Reports
{
    /// <summary>
    /// <c>export --format bibtex|csl-json|ris|apa|agu|ieee [--out FILE]</c>: the embedded content in a
    /// bibliography format, or as formatted references one per line.
    /// </summary>
    internal static class ExportCommand
    {
        public static readonly IReadOnlyDictionary<string, Func<IReadOnlyList<Publication>, string>> Formats =
            new Dictionary<string, Func<IReadOnlyList<Publication>, string>>(StringComparer.OrdinalIgnoreCase)
            {
                ["bibtex"] = Export.ToBibTeX,
                ["csl-json"] = Export.ToCslJson,
                ["ris"] = Export.ToRis,
                ["apa"] = publications => References(publications, CitationStyle.Apa),
                ["agu"] = publications => References(publications, CitationStyle.Agu),
                ["ieee"] = publications => References(publications, CitationStyle.Ieee),
            };

        public static int Run(IReadOnlyList<string> args, IReadOnlyList<Publication> publications, TextWriter output, TextWriter error)
        {
            string? format = null;
            string? path = null;
            for (var i = 0; i < args.Count; i++)
            {
                switch (args[i])
                {
                    case "--format" or "-f" when i + 1 < args.Count:
                        format = args[++i];
                        break;
                    case "--out" or "-o" when i + 1 < args.Count:
                        path = args[++i];
                        break;
                    default:
                        error.WriteLine($"Unexpected argument '{args[i]}'. Usage: {Usage}");
                        return 2;
                }
            }

            if (format is null || !Formats.TryGetValue(format, out var write))
            {
                error.WriteLine(format is null ? $"Missing --format. Usage: {Usage}" : $"Unknown format '{format}'. Choose one of: {string.Join(", ", Formats.Keys)}.");
                return 2;
            }

            var text = write(publications);
            if (path is null)
            {
                output.Write(text);
                return 0;
            }

            File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            error.WriteLine($"Wrote {publications.Count} publications as {format.ToLowerInvariant()} to {path}.");
            return 0;
        }

        public static string Usage => "export --format bibtex|csl-json|ris|apa|agu|ieee [--out FILE]";

        private static string References(IEnumerable<Publication> publications, CitationStyle style) =>
            string.Concat(publications.Select(p => Export.Format(p, style) + "\n"));
    }
}
