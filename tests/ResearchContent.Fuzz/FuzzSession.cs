using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using ResearchContent.Fuzz.Checking;
using ResearchContent.Fuzz.Inputs;
using ResearchContent.Fuzz.Inputs.Generation;
using ResearchContent.Fuzz.Minimizing;
using ResearchContent.Fuzz.Reporting;

namespace ResearchContent.Fuzz
{
    /// <summary>
    /// One fuzzing run: the hostile shapes first, then generated and mutated inputs in turn, each input a function of
    /// the seed and its number alone, so that a run is reproducible whatever the number of workers.
    /// </summary>
    public sealed class FuzzSession
    {
        private readonly FuzzOptions _options;
        private readonly IReadOnlyList<FuzzInput> _hostile;
        private readonly MutatedInputs _mutated;
        private readonly InputKind[] _randomKinds;
        private readonly List<Finding> _findings = new();
        private long _next;

        public FuzzSession(FuzzOptions options)
        {
            _options = options;
            var corpus = SeedCorpus.Load();
            _hostile = options.Kinds.Contains(InputKind.Hostile) ? HostileShapes.All(corpus) : Array.Empty<FuzzInput>();
            _mutated = new MutatedInputs(corpus);
            _randomKinds = options.Kinds.Where(k => k != InputKind.Hostile).Distinct().ToArray();
        }

        public FuzzTally Tally { get; } = new();

        public IReadOnlyList<Finding> Findings
        {
            get
            {
                lock (_findings)
                {
                    return _findings.OrderBy(f => f.Index).ToArray();
                }
            }
        }

        /// <summary>Runs every input on the workers; <paramref name="progress"/> is told every so often.</summary>
        public void Run(Action<string>? progress = null)
        {
            var clock = Stopwatch.StartNew();
            var workers = Enumerable.Range(0, Math.Max(1, _options.Workers))
                .Select(_ => new Thread(() => Work(progress, clock), 64 * 1024 * 1024) { IsBackground = true })
                .ToArray();
            foreach (var worker in workers)
            {
                worker.Start();
            }

            foreach (var worker in workers)
            {
                worker.Join();
            }
        }

        /// <summary>The input with the given number.</summary>
        public FuzzInput InputAt(long index)
        {
            if (index < _hostile.Count)
            {
                return _hostile[(int)index];
            }

            var random = index - _hostile.Count;
            var seed = unchecked((int)((ulong)_options.Seed * 0x9E3779B97F4A7C15UL ^ (ulong)random * 0xBF58476D1CE4E5B9UL));
            return _randomKinds.Length == 0
                ? throw new InvalidOperationException("No kind of input to make")
                : _randomKinds[random % _randomKinds.Length] == InputKind.Generated
                    ? GeneratedInputs.Create((ulong)(uint)seed)
                    : _mutated.Create(seed);
        }

        private void Work(Action<string>? progress, Stopwatch clock)
        {
            // A big stack of its own (see Run): deep inputs test the generator, not the thread pool's 1.5 MB stacks.
            var checker = new InvariantChecker(_options.Timeout);
            var total = _options.Count;
            while (true)
            {
                var index = Interlocked.Increment(ref _next) - 1;
                if (_options.Only is { } only)
                {
                    if (index > 0)
                    {
                        return;
                    }

                    index = only;
                    total = only + 1;
                }

                if (index >= total || (_hostile.Count + (long)_randomKinds.Length == 0))
                {
                    return;
                }

                if (_randomKinds.Length == 0 && index >= _hostile.Count)
                {
                    return;
                }

                var input = InputAt(index);
                var start = Stopwatch.GetTimestamp();
                Violation? violation;
                try
                {
                    violation = checker.Check(input, compileAnyway: index % _options.CompileEvery == 0, shuffleSeed: (int)index);
                }
                catch (Exception exception)
                {
                    violation = new Violation(Invariant.Crash, "the fuzzer's check threw: " + exception);
                }

                Tally.Add(input.Kind, violation?.Invariant, Stopwatch.GetElapsedTime(start));
                if (violation is not null)
                {
                    Record(index, input, violation, checker);
                }

                if ((index + 1) % 1000 == 0)
                {
                    progress?.Invoke($"{index + 1:N0} inputs, {(index + 1) / clock.Elapsed.TotalSeconds:F0}/s, {Tally.Findings} findings, slowest {Tally.Slowest.TotalSeconds:F1} s");
                }
            }
        }

        private void Record(long index, FuzzInput input, Violation violation, InvariantChecker checker)
        {
            lock (_findings)
            {
                if (_findings.Count(f => f.Violation.Invariant == violation.Invariant && f.Input.Kind == input.Kind) >= _options.FindingsKeptPerKind)
                {
                    return;
                }

                _findings.Add(new Finding(index, input, violation, null));
            }

            var minimized = _options.Minimize
                ? new InputMinimizer(checker).Minimize(input, violation.Invariant, (int)index, tries: 3000, time: TimeSpan.FromMinutes(3))
                : null;
            var finding = new Finding(index, input, violation, minimized);
            lock (_findings)
            {
                _findings[_findings.FindIndex(f => f.Index == index)] = finding;
            }

            if (_options.OutDirectory is { } outDirectory)
            {
                var folder = FindingWriter.Write(outDirectory, finding, _options.Command() + $"  (input #{index})");
                Console.Error.WriteLine($"finding: {finding}\n  written to {folder}");
            }
        }
    }
}
