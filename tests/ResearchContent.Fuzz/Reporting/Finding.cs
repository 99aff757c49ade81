using ResearchContent.Fuzz.Checking;
using ResearchContent.Fuzz.Inputs;

namespace ResearchContent.Fuzz.Reporting
{
    /// <summary>An input that broke an invariant, with its minimized form once minimized.</summary>
    /// <param name="Index">The input's number in the run: with the seed, it regenerates the input.</param>
    public sealed record Finding(long Index, FuzzInput Input, Violation Violation, FuzzInput? Minimized)
    {
        public override string ToString() => $"#{Index} {Violation.Invariant} ({Input.Kind}): {Input.Name}\n  {Violation.Message}";
    }
}
