using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ResearchContent.Fuzz.Inputs;

namespace ResearchContent.Fuzz
{
    /// <summary>The fuzzer's settings: <c>--count N --seed N [--out DIR] [--kinds hostile,generated,mutated] [--timeout S] [--workers N] [--compile-every N] [--no-minimize] [--input N]</c>.</summary>
    public sealed record FuzzOptions
    {
        public long Count { get; init; } = 10_000;

        public int Seed { get; init; } = 1;

        /// <summary>Where findings are written; null writes nothing (the CI test).</summary>
        public string? OutDirectory { get; init; } = "fuzz-findings";

        public IReadOnlyList<InputKind> Kinds { get; init; } = Enum.GetValues<InputKind>();

        public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

        public int Workers { get; init; } = Environment.ProcessorCount;

        /// <summary>One input in this many has its output compiled even when the generator reported errors.</summary>
        public int CompileEvery { get; init; } = 50;

        public bool Minimize { get; init; } = true;

        /// <summary>Runs the input with this number only: to reproduce and minimize one finding.</summary>
        public long? Only { get; init; }

        /// <summary>Inputs minimized and written per invariant and kind; later ones of the same kind are counted only.</summary>
        public int FindingsKeptPerKind { get; init; } = 5;

        public static FuzzOptions Parse(IReadOnlyList<string> args)
        {
            var options = new FuzzOptions();
            for (var i = 0; i < args.Count; i++)
            {
                string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException(args[i] + " needs a value");
                options = args[i] switch
                {
                    "--count" => options with { Count = long.Parse(Value(), NumberStyles.AllowThousands, CultureInfo.InvariantCulture) },
                    "--seed" => options with { Seed = int.Parse(Value(), CultureInfo.InvariantCulture) },
                    "--out" => options with { OutDirectory = Value() },
                    "--kinds" => options with { Kinds = Value().Split(',').Select(k => Enum.Parse<InputKind>(k.Trim(), ignoreCase: true)).ToArray() },
                    "--timeout" => options with { Timeout = TimeSpan.FromSeconds(double.Parse(Value(), CultureInfo.InvariantCulture)) },
                    "--workers" => options with { Workers = int.Parse(Value(), CultureInfo.InvariantCulture) },
                    "--compile-every" => options with { CompileEvery = int.Parse(Value(), CultureInfo.InvariantCulture) },
                    "--no-minimize" => options with { Minimize = false },
                    "--input" => options with { Only = long.Parse(Value(), CultureInfo.InvariantCulture) },
                    _ => throw new ArgumentException("Unknown option " + args[i]),
                };
            }

            return options;
        }

        /// <summary>The command that reproduces the run.</summary>
        public string Command() =>
            $"dotnet run -c Release --project tests/ResearchContent.Fuzz -- --count {Count} --seed {Seed} --kinds {string.Join(",", Kinds).ToLowerInvariant()} --timeout {Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)}";
    }
}
