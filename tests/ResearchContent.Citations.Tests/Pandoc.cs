using System;
using System.Diagnostics;
using System.IO;
using System.Text;

namespace ResearchContent.Citations.Tests
{
    /// <summary>Runs the pandoc executable (Debian's package: <c>apt-get install -y pandoc</c>) as a real BibTeX and CSL-JSON client.</summary>
    internal static class Pandoc
    {
        private static readonly Lazy<string?> VersionLine = new(ReadVersion);

        public static bool IsAvailable => VersionLine.Value is not null;

        public static bool IsCi =>
            Environment.GetEnvironmentVariable("CI") is { } ci && (ci.Equals("true", StringComparison.OrdinalIgnoreCase) || ci == "1");

        public static string Run(string workingDirectory, params string[] arguments)
        {
            if (!IsAvailable)
            {
                throw new InvalidOperationException("pandoc is not installed, and CI is set so these tests may not be skipped: run `apt-get install -y pandoc`.");
            }

            var (exitCode, output, error) = Execute(workingDirectory, arguments);
            if (exitCode != 0)
            {
                throw new InvalidOperationException($"pandoc {string.Join(" ", arguments)} exited with {exitCode}: {error}");
            }

            return output;
        }

        private static string? ReadVersion()
        {
            try
            {
                var (exitCode, output, _) = Execute(Path.GetTempPath(), "--version");
                return exitCode == 0 ? output.Split('\n')[0] : null;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                return null;
            }
        }

        private static (int ExitCode, string Output, string Error) Execute(string workingDirectory, params string[] arguments)
        {
            var start = new ProcessStartInfo("pandoc")
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                StandardOutputEncoding = Encoding.UTF8,
                StandardErrorEncoding = Encoding.UTF8,
                UseShellExecute = false,
            };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("pandoc did not start");
            process.StandardInput.Close();
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(60_000))
            {
                process.Kill();
                throw new TimeoutException("pandoc ran for more than a minute");
            }

            return (process.ExitCode, output, error.Result);
        }
    }
}
