using System;
using System.Collections;
using System.Diagnostics;
using System.IO;
using System.Text;

namespace ResearchContent.Generators.Tests.EndToEnd
{
    /// <summary>Runs the real <c>dotnet</c> command line, isolated from the test host's own MSBuild settings.</summary>
    internal static class DotnetCli
    {
        public sealed record Result(int ExitCode, string Output);

        public static string RepositoryRoot
        {
            get
            {
                var directory = new DirectoryInfo(AppContext.BaseDirectory);
                while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ResearchContent.sln")))
                {
                    directory = directory.Parent;
                }

                return directory?.FullName ?? throw new InvalidOperationException("ResearchContent.sln not found above " + AppContext.BaseDirectory);
            }
        }

        public static Result Run(string workingDirectory, params string[] arguments) => Execute("dotnet", workingDirectory, TimeSpan.FromMinutes(8), arguments);

        /// <summary>Runs any command, such as <c>/usr/bin/time</c> around <c>dotnet</c>, in the same isolated environment.</summary>
        public static Result Execute(string file, string workingDirectory, TimeSpan timeout, params string[] arguments)
        {
            var start = new ProcessStartInfo(file)
            {
                WorkingDirectory = workingDirectory,
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

            // The test host runs under MSBuild-related variables that would steer a nested build wrongly.
            foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
            {
                var name = (string)variable.Key;
                if (name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
                {
                    start.Environment.Remove(name);
                }
            }

            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";

            using var process = Process.Start(start)!;
            var output = new StringBuilder();
            process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit((int)timeout.TotalMilliseconds))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException(file + " " + string.Join(" ", arguments) + " did not finish:\n" + output);
            }

            process.WaitForExit();
            return new Result(process.ExitCode, output.ToString());
        }
    }
}
