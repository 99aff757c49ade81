using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading.Tasks;

namespace ResearchContent.Site.Tests.Infrastructure
{
    /// <summary>The built site as a user starts it: <c>dotnet ResearchContent.Site.dll …</c> in a process of its own.</summary>
    public static class SiteProcess
    {
        /// <summary>How to start the built site with arguments, with none of the test host's ASP.NET Core settings, as a user's shell would.</summary>
        /// <param name="arguments">The arguments.</param>
        /// <returns>The start info, with output redirected.</returns>
        public static ProcessStartInfo StartInfo(IEnumerable<string> arguments)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ResearchContent.Site.dll"));
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            foreach (var name in new List<string>(start.Environment.Keys))
            {
                if (name.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase) || name.Equals("DOTNET_URLS", StringComparison.OrdinalIgnoreCase))
                {
                    start.Environment.Remove(name);
                }
            }

            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            return start;
        }

        /// <summary>Runs the built site with arguments until it exits, as a command such as <c>export</c> does.</summary>
        /// <param name="arguments">The arguments.</param>
        /// <returns>The exit code and everything written to standard output and error.</returns>
        public static async Task<(int ExitCode, string Output)> RunToExitAsync(params string[] arguments)
        {
            var output = new StringBuilder();
            using var process = Process.Start(StartInfo(arguments))!;
            process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            var exited = process.WaitForExitAsync();
            if (await Task.WhenAny(exited, Task.Delay(TimeSpan.FromMinutes(3))) != exited)
            {
                // A command that does not exit (a server left running) fails rather than holding the test run.
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("dotnet ResearchContent.Site.dll " + string.Join(' ', arguments) + " did not exit:\n" + output);
            }

            await exited;
            lock (output)
            {
                return (process.ExitCode, output.ToString());
            }
        }
    }
}
