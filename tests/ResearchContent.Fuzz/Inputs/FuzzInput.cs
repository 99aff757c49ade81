using System.Collections.Generic;
using System.Linq;

namespace ResearchContent.Fuzz.Inputs
{
    /// <summary>One input of the fuzzer: the content files handed to the generator together.</summary>
    /// <param name="Kind">Where the input comes from.</param>
    /// <param name="Name">What the input is, for a finding's report (the hostile shape, the seed and its mutations).</param>
    /// <param name="Files">The AdditionalFiles, in the order the first run hands them over.</param>
    public sealed record FuzzInput(InputKind Kind, string Name, IReadOnlyList<FuzzFile> Files)
    {
        public FuzzInput WithFiles(IReadOnlyList<FuzzFile> files) => this with { Files = files };

        public int Length => Files.Sum(f => f.Length);

        public override string ToString() => Kind + " " + Name + ": " + string.Join(", ", Files);
    }
}
