using System.Linq;
using ResearchContent.Fuzz.Running;

namespace ResearchContent.Fuzz.Checking
{
    /// <summary>Invariant 1: nothing escapes the driver, the generator does not throw, and it reports no RC0002.</summary>
    internal static class CrashCheck
    {
        public static Violation? Check(GeneratorOutcome outcome)
        {
            if (outcome.Failure is { } failure)
            {
                return new Violation(Invariant.Crash, "the driver threw " + failure.GetType().Name + ": " + failure.Message + "\n" + failure.StackTrace);
            }

            if (outcome.Generator?.Exception is { } thrown)
            {
                return new Violation(Invariant.Crash, "the generator threw " + thrown.GetType().Name + ": " + thrown.Message + "\n" + thrown.StackTrace);
            }

            var failed = outcome.Diagnostics.FirstOrDefault(d => d.Id is "CS8785" or "RC0002");
            return failed is null ? null : new Violation(Invariant.Crash, failed.ToString());
        }
    }
}
