using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Xunit;

namespace ResearchContent.Generators.Tests.BibTeX
{
    /// <summary>
    /// pandoc (<c>pandoc -f bibtex -t csljson</c>) as an independent BibTeX reader to compare ours with. A missing
    /// pandoc fails the test: CI installs it (<c>.ci/run</c>), and a comparison that silently does not run proves nothing.
    /// </summary>
    internal static class PandocCslJson
    {
        public static IReadOnlyList<PandocItem> Read(string bibPath)
        {
            var json = Run("-f", "bibtex", "-t", "csljson", bibPath);
            using var document = JsonDocument.Parse(json);
            var items = new List<PandocItem>();
            foreach (var item in document.RootElement.EnumerateArray())
            {
                items.Add(new PandocItem(
                    Text(item, "id") ?? string.Empty,
                    Text(item, "type") ?? string.Empty,
                    Text(item, "title"),
                    Names(item),
                    Year(item),
                    Text(item, "container-title"),
                    Text(item, "publisher"),
                    Text(item, "volume"),
                    Text(item, "issue"),
                    Text(item, "page"),
                    Text(item, "DOI")));
            }

            return items;
        }

        private static string Run(params string[] arguments)
        {
            var start = new ProcessStartInfo("pandoc")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = Encoding.UTF8,
                StandardErrorEncoding = Encoding.UTF8,
                UseShellExecute = false,
            };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            Process? process;
            try
            {
                process = Process.Start(start);
            }
            catch (Win32Exception exception)
            {
                Assert.Fail("pandoc is not on PATH (" + exception.Message + "). The BibTeX reader is compared with pandoc's: install it with 'apt-get install -y pandoc' (CI does, in .ci/run).");
                throw;
            }

            using (process)
            {
                Assert.NotNull(process);
                var error = process!.StandardError.ReadToEndAsync();
                var output = process.StandardOutput.ReadToEnd();
                Assert.True(process.WaitForExit(120_000), "pandoc ran for more than two minutes");
                Assert.True(process.ExitCode == 0, "pandoc " + string.Join(" ", arguments) + " failed: " + error.Result);
                return output;
            }
        }

        private static string? Text(JsonElement item, string name) =>
            item.TryGetProperty(name, out var value)
                ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText()
                : null;

        private static int? Year(JsonElement item) =>
            item.TryGetProperty("issued", out var issued)
            && issued.TryGetProperty("date-parts", out var parts)
            && parts.GetArrayLength() > 0
            && parts[0].GetArrayLength() > 0
                ? parts[0][0].GetInt32()
                : null;

        private static List<PandocName> Names(JsonElement item)
        {
            var names = new List<PandocName>();
            if (!item.TryGetProperty("author", out var authors))
            {
                return names;
            }

            foreach (var author in authors.EnumerateArray())
            {
                if (Text(author, "literal") is { } literal)
                {
                    names.Add(new PandocName(literal, string.Empty, IsLiteral: true));
                    continue;
                }

                // CSL splits off the particles that BibTeX's von part holds; the family name is both together.
                var family = string.Join(" ", new[] { Text(author, "dropping-particle"), Text(author, "non-dropping-particle"), Text(author, "family") }
                    .Where(part => !string.IsNullOrEmpty(part)));
                names.Add(new PandocName(family, Text(author, "given") ?? string.Empty, IsLiteral: false));
            }

            return names;
        }
    }
}
