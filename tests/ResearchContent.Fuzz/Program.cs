using System;
using System.Diagnostics;
using System.IO;
using ResearchContent.Fuzz;

// Drives the real generator over hostile, generated and mutated inputs and checks its invariants (docs/reliability.md).
var options = FuzzOptions.Parse(args);
Console.WriteLine($"Fuzzing {options.Count:N0} inputs, seed {options.Seed}, kinds {string.Join(",", options.Kinds)}, {options.Workers} workers, timeout {options.Timeout.TotalSeconds} s");
var clock = Stopwatch.StartNew();
var session = new FuzzSession(options);
session.Run(Console.WriteLine);
clock.Stop();

Console.WriteLine();
Console.WriteLine(session.Tally.Table());
Console.WriteLine($"{session.Tally.Inputs:N0} inputs in {clock.Elapsed:hh\\:mm\\:ss} ({session.Tally.Inputs / clock.Elapsed.TotalSeconds:F0} inputs/s), slowest input {session.Tally.Slowest.TotalSeconds:F2} s");
foreach (var finding in session.Findings)
{
    Console.WriteLine(finding);
}

if (session.Tally.Findings > 0 && options.OutDirectory is { } outDirectory)
{
    Console.WriteLine("Findings written to " + Path.GetFullPath(outDirectory));
}

return session.Tally.Findings == 0 ? 0 : 1;
