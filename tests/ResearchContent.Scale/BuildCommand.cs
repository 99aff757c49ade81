using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ResearchContent.Generators.Tests.EndToEnd;
using ResearchContent.Generators.Tests.Infrastructure;

namespace ResearchContent.Scale
{
    /// <summary>
    /// Writes a consumer project by the README's recipe around a scale corpus, builds the runtime and the generator
    /// first (not timed), then times a full rebuild of the consumer alone under <c>/usr/bin/time -v</c> and runs it.
    /// </summary>
    internal static class BuildCommand
    {
        private static readonly string[] TimedBuild =
        {
            "build", "--no-incremental", "--no-restore", "--no-dependencies", "-nologo", "-nodeReuse:false",
            "-p:UseSharedCompilation=false", "-p:ReportAnalyzer=true", "-v:d",
        };

        /// <summary>What <see cref="WriteConsumer"/> returns when the program looks up the last publication's key.</summary>
        private const string LastKey = "";

        public static int Run(Options options)
        {
            var repository = DotnetCli.RepositoryRoot;
            var root = options.Keep is null ? Path.Combine(Path.GetTempPath(), "rc-scale-" + Guid.NewGuid().ToString("N")) : Path.GetFullPath(options.Keep);
            Directory.CreateDirectory(root);
            try
            {
                Console.WriteLine("Building the runtime and the generator (not timed)…");
                foreach (var project in new[] { "src/ResearchContent/ResearchContent.csproj", "generators/ResearchContent.Generators/ResearchContent.Generators.csproj" })
                {
                    var warm = DotnetCli.Run(repository, "build", Path.Combine(repository, project), "-nologo", "-nodeReuse:false");
                    if (warm.ExitCode != 0)
                    {
                        Console.WriteLine(warm.Output);
                        return 1;
                    }
                }

                var runs = new List<Measurement>();
                if (options.Baseline)
                {
                    runs.Add(Measure(Path.Combine(root, "baseline-1"), 1, 1));
                }

                runs.Add(Measure(Path.Combine(root, FormattableString.Invariant($"scale-{options.Publications}x{options.Files}")), options.Publications, options.Files));

                Console.WriteLine();
                Console.WriteLine("Timed: dotnet " + string.Join(" ", TimedBuild));
                Console.WriteLine();
                Console.WriteLine("| Publications | Files | Build (s) | Peak RSS (MB) | Generator (s) | Ratio to 1 publication | Exit | Program |");
                Console.WriteLine("|-------------:|------:|----------:|--------------:|--------------:|-----------------------:|-----:|:--------|");
                var baseline = options.Baseline ? runs[0] : null;
                foreach (var run in runs)
                {
                    var ratio = baseline is null ? "–" : (run.Elapsed / baseline.Elapsed).ToString("F1", CultureInfo.InvariantCulture);
                    var generator = run.GeneratorSeconds is { } g ? g.ToString("F2", CultureInfo.InvariantCulture) : "–";
                    Console.WriteLine(Invariant($"| {run.Publications:N0} | {run.Files} | {run.Elapsed:F1} | {run.PeakRssKb / 1024.0:F0} | {generator} | {ratio} | {run.ExitCode} | {(run.ProgramOk ? "ok" : "FAILED")} |"));
                }

                Console.WriteLine();
                foreach (var run in runs)
                {
                    Console.WriteLine(Invariant($"publications={run.Publications} files={run.Files} elapsed_seconds={run.Elapsed:F2} max_rss_kb={run.PeakRssKb} generator_seconds={run.GeneratorSeconds?.ToString("F3", CultureInfo.InvariantCulture) ?? "n/a"} exit={run.ExitCode} warnings={run.Warnings} errors={run.Errors} program_ok={run.ProgramOk}"));
                    Console.WriteLine("  program: " + run.ProgramOutput.Trim().Replace("\n", " | ", StringComparison.Ordinal));
                }

                if (options.Keep is not null)
                {
                    Console.WriteLine("Kept: " + root);
                }

                return runs.All(r => r.ExitCode == 0 && r.ProgramOk) ? 0 : 1;
            }
            finally
            {
                if (options.Keep is null)
                {
                    try
                    {
                        Directory.Delete(root, recursive: true);
                    }
                    catch (IOException)
                    {
                    }
                }
            }
        }

        private static Measurement Measure(string folder, int publications, int files)
        {
            Console.WriteLine(Invariant($"Writing and building {publications:N0} publications over {files} page(s) in {folder}…"));
            var key = WriteConsumer(folder, publications, files);
            var restore = DotnetCli.Run(folder, "restore", "-nologo");
            if (restore.ExitCode != 0)
            {
                Console.WriteLine(restore.Output);
                throw new InvalidOperationException("The consumer did not restore.");
            }

            var timeFile = Path.Combine(folder, "time.txt");
            var build = DotnetCli.Execute("/usr/bin/time", folder, TimeSpan.FromHours(2), new[] { "-v", "-o", timeFile, "dotnet" }.Concat(TimedBuild).ToArray());
            File.WriteAllText(Path.Combine(folder, "build.log"), build.Output);
            var time = File.Exists(timeFile) ? File.ReadAllText(timeFile) : string.Empty;
            var measurement = new Measurement
            {
                Publications = publications,
                Files = files,
                ExitCode = build.ExitCode,
                Elapsed = ElapsedSeconds(time),
                PeakRssKb = long.TryParse(Match(time, @"Maximum resident set size \(kbytes\): (\d+)"), NumberStyles.None, CultureInfo.InvariantCulture, out var rss) ? rss : -1,
                GeneratorSeconds = GeneratorSeconds(build.Output),
                Warnings = Match(build.Output, @"(\d+) Warning\(s\)") ?? "?",
                Errors = Match(build.Output, @"(\d+) Error\(s\)") ?? "?",
            };
            if (build.ExitCode != 0)
            {
                var lines = build.Output.Split('\n');
                Console.WriteLine(string.Join("\n", lines.Where(l => l.Contains("error", StringComparison.OrdinalIgnoreCase)).Distinct().Take(10)));
                Console.WriteLine(string.Join("\n", lines.TakeLast(15)));
                return measurement;
            }

            var program = DotnetCli.Run(folder, "bin/Debug/net10.0/Consumer.dll");
            measurement.ProgramOutput = program.Output;
            measurement.ProgramOk = program.ExitCode == 0
                && program.Output.Contains(Invariant($"count={publications}"), StringComparison.Ordinal)
                && program.Output.Contains("found=" + (key == LastKey ? string.Empty : key), StringComparison.Ordinal)
                && !program.Output.Contains("found=none", StringComparison.Ordinal);
            return measurement;
        }

        /// <summary>Writes the consumer (by the recipe of the end-to-end tests) and returns the key its program looks up.</summary>
        private static string WriteConsumer(string folder, int publications, int files)
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            // A key set by hand is known without running the generator; a corpus too small to have one looks up the
            // key of its last publication, found through the list.
            var keyed = ScaleCorpus.LastHandKeyed(publications);
            var key = keyed >= 0 ? ScaleCorpus.HandKey(keyed)! : LastKey;
            var lookup = keyed >= 0 ? "\"" + key + "\"" : "ResearchCatalog.Publications[ResearchCatalog.Publications.Count - 1].Key";
            var program = $$"""
                using ResearchContent;

                System.Console.OutputEncoding = System.Text.Encoding.UTF8;
                System.Console.WriteLine($"count={ResearchCatalog.Publications.Count}");
                var key = {{lookup}};
                System.Console.WriteLine(ResearchCatalog.TryGet(key, out var paper) ? $"found={key} label={paper.Label}" : "found=none");
                """;
            _ = new ConsumerProject(Corpus.Pages(publications, files), program, folder: folder);
            return key;
        }

        /// <summary>
        /// The catalog generator's line of the compiler's <c>-p:ReportAnalyzer=true</c> summary, which MSBuild shows at
        /// detailed verbosity: "   1.132   56      ResearchContent.Generators.Pipeline.CatalogGenerator".
        /// </summary>
        private static double? GeneratorSeconds(string output) =>
            Match(output, @"(?m)^\s*([0-9]+(?:\.[0-9]+)?)\s+\S+\s+ResearchContent\.Generators\.Pipeline\.CatalogGenerator\s*$") is { } seconds
                ? double.Parse(seconds, NumberStyles.Float, CultureInfo.InvariantCulture)
                : null;

        /// <summary>GNU time's "Elapsed (wall clock) time (h:mm:ss or m:ss): 1:02.34".</summary>
        private static double ElapsedSeconds(string time)
        {
            var elapsed = Match(time, @"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([0-9:.]+)");
            if (elapsed is null)
            {
                return double.NaN;
            }

            var seconds = 0.0;
            foreach (var part in elapsed.Split(':'))
            {
                seconds = (seconds * 60) + double.Parse(part, NumberStyles.Float, CultureInfo.InvariantCulture);
            }

            return seconds;
        }

        private static string? Match(string text, string pattern)
        {
            var match = Regex.Match(text, pattern, RegexOptions.None, TimeSpan.FromSeconds(10));
            return match.Success ? match.Groups[1].Value : null;
        }

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

        private sealed class Measurement
        {
            public int Publications { get; init; }

            public int Files { get; init; }

            public int ExitCode { get; init; }

            public double Elapsed { get; init; }

            public long PeakRssKb { get; init; }

            public double? GeneratorSeconds { get; init; }

            public string Warnings { get; init; } = "?";

            public string Errors { get; init; } = "?";

            public bool ProgramOk { get; set; }

            public string ProgramOutput { get; set; } = string.Empty;
        }
    }
}
