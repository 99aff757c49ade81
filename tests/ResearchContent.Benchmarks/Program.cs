using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(ResearchContent.Benchmarks.GeneratorBenchmarks).Assembly).Run(args);
