using System.Diagnostics;
using System.Linq;
using Xunit;
using Xunit.Abstractions;

namespace ResearchContent.Fuzz.Tests
{
    /// <summary>
    /// The CI share of the fuzzing (docs/reliability.md): a fixed seed, so a failure here is a reproducible input, and a
    /// count that fits the CI budget on two cores. Any finding fails the test with the command that reproduces it.
    /// </summary>
    public sealed class FuzzBudgetTests
    {
        /// <summary>The inputs CI runs: the hostile shapes, then generated and mutated inputs in turn.</summary>
        public const int Inputs = FuzzBudget.Inputs;

        private readonly ITestOutputHelper _output;

        public FuzzBudgetTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public void Fixed_seed_fuzzing_breaks_no_invariant()
        {
            var options = new FuzzOptions { Count = Inputs, Seed = FuzzBudget.Seed, OutDirectory = null, Minimize = false };
            var session = new FuzzSession(options);
            var clock = Stopwatch.StartNew();
            session.Run();
            _output.WriteLine($"{session.Tally.Inputs} inputs in {clock.Elapsed.TotalSeconds:F0} s");
            _output.WriteLine(session.Tally.Table());

            Assert.Equal(Inputs, session.Tally.Inputs);
            Assert.True(
                session.Tally.Findings == 0,
                "Reproduce and minimize with: " + options.Command() + " --input N\n" + string.Join("\n", session.Findings.Select(f => f.ToString())));
        }
    }
}
