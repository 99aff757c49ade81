using System;
using System.Linq;
using ResearchContent.Fuzz.Inputs;
using ResearchContent.Fuzz.Running;

namespace ResearchContent.Fuzz.Checking
{
    /// <summary>Runs the generator over an input twice and checks every invariant; the first one broken is the finding.</summary>
    internal sealed class InvariantChecker
    {
        private readonly GeneratorRunner _runner;

        public InvariantChecker(TimeSpan timeout) => _runner = new GeneratorRunner(timeout);

        /// <param name="input">The input.</param>
        /// <param name="compileAnyway">Whether to compile the output even though the generator reported errors (a sample of the inputs).</param>
        /// <param name="shuffleSeed">Orders the files of the second run.</param>
        public Violation? Check(FuzzInput input, bool compileAnyway, int shuffleSeed)
        {
            var first = _runner.Run(input.Files);
            var violation = CheckOne(first)
                ?? DiagnosticLocationCheck.Check(first)
                ?? EntryAccountingCheck.Check(first);
            if (violation is null && (compileAnyway || first.Errors.Count == 0))
            {
                violation = GeneratedCodeCheck.Check(first);
            }

            if (violation is not null)
            {
                return violation;
            }

            var shuffled = input.Files.OrderBy(_ => 0).ToArray();
            new Random(shuffleSeed).Shuffle(shuffled);
            var second = _runner.Run(shuffled);
            return CheckOne(second) ?? DeterminismCheck.Check(first, second);
        }

        /// <summary>Re-checks a (smaller) input for one invariant only, as the minimizer asks.</summary>
        public bool Breaks(FuzzInput input, Invariant invariant, int shuffleSeed)
        {
            try
            {
                return Check(input, compileAnyway: invariant == Invariant.Uncompilable, shuffleSeed)?.Invariant == invariant;
            }
            catch (Exception) when (invariant == Invariant.Crash)
            {
                return true;
            }
        }

        private static Violation? CheckOne(GeneratorOutcome outcome) => outcome.TimedOut
            ? new Violation(Invariant.Timeout, $"the run took {outcome.Elapsed.TotalSeconds:F1} s")
            : CrashCheck.Check(outcome);
    }
}
