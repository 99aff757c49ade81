namespace ResearchContent.Fuzz.Checking
{
    /// <summary>An invariant an input broke, and how.</summary>
    public sealed record Violation(Invariant Invariant, string Message)
    {
        public override string ToString() => Invariant + ": " + Message;
    }
}
