using System;
using System.Collections.Generic;
using System.Globalization;
using ResearchContent.Scale;

try
{
    var options = Options.Parse(args);
    return options.Command switch
    {
        "build" => BuildCommand.Run(options),
        "generator" => GeneratorCommand.Run(options),
        _ => Usage(),
    };
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return Usage();
}

static int Usage()
{
    Console.Error.WriteLine("""
        Usage:
          build --publications N [--files K] [--baseline] [--keep DIR]
              Builds a consumer of N publications over K pages with a real `dotnet build` and reports time and peak memory.
          generator --publications N [--files K]
              Runs the generator in process (GeneratorDriver): cold run, run after one edited entry, allocations, peak memory.
        """);
    return 2;
}

namespace ResearchContent.Scale
{
    /// <summary>The command line: a command and <c>--name value</c> options.</summary>
    internal sealed class Options
    {
        public string Command { get; private init; } = string.Empty;

        public int Publications { get; private init; } = 1000;

        public int Files { get; private init; } = 1;

        public bool Baseline { get; private init; }

        public string? Keep { get; private init; }

        /// <summary>Whether to print each pipeline step's time (the driver's step tracking, which itself costs a little).</summary>
        public bool Steps { get; private init; }

        /// <summary>How many edits the generator command times (their mean is printed).</summary>
        public int Edits { get; private init; } = 1;

        public static Options Parse(IReadOnlyList<string> args)
        {
            if (args.Count == 0)
            {
                throw new ArgumentException("No command.");
            }

            var publications = 1000;
            var files = 1;
            var baseline = false;
            string? keep = null;
            var steps = false;
            var edits = 1;
            for (var i = 1; i < args.Count; i++)
            {
                switch (args[i])
                {
                    case "--publications":
                        publications = Number(args, ++i);
                        break;
                    case "--files":
                        files = Number(args, ++i);
                        break;
                    case "--baseline":
                        baseline = true;
                        break;
                    case "--steps":
                        steps = true;
                        break;
                    case "--edits":
                        edits = Number(args, ++i);
                        break;
                    case "--keep":
                        keep = i + 1 < args.Count ? args[++i] : throw new ArgumentException("--keep needs a folder.");
                        break;
                    default:
                        throw new ArgumentException("Unknown option " + args[i]);
                }
            }

            if (publications < 1 || files < 1 || files > publications)
            {
                throw new ArgumentException("Need 1 ≤ --files ≤ --publications.");
            }

            return new Options { Command = args[0], Publications = publications, Files = files, Baseline = baseline, Keep = keep, Steps = steps, Edits = edits };
        }

        private static int Number(IReadOnlyList<string> args, int i) =>
            i < args.Count && int.TryParse(args[i], NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                ? n
                : throw new ArgumentException(args[i - 1] + " needs a whole number.");
    }
}
