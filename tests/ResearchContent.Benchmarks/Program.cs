using System.Linq;
using BenchmarkDotNet.Running;

// "--stages 1000 10000": a Stopwatch breakdown per stage (StageBreakdown); "--loop 20": the readers in a loop for a profiler; anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "--stages")
{
    ResearchContent.Benchmarks.StageBreakdown.Run(args.Skip(1).DefaultIfEmpty("1000").ToArray());
}
else if (args.Length > 0 && args[0] == "--loop")
{
    ResearchContent.Benchmarks.StageBreakdown.Loop(args.Length > 1 ? int.Parse(args[1]) : 20);
}
else
{
    BenchmarkSwitcher.FromAssembly(typeof(ResearchContent.Benchmarks.GeneratorBenchmarks).Assembly).Run(args);
}
