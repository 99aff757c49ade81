namespace ResearchContent.Fuzz.Tests
{
    /// <summary>The CI run's seed and size, measured at about four minutes on two cores (docs/reliability.md).</summary>
    internal static class FuzzBudget
    {
        public const int Seed = 20_240_601;

        public const int Inputs = 20_000;
    }
}
