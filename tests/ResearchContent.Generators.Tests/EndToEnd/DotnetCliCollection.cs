using Xunit;

namespace ResearchContent.Generators.Tests.EndToEnd
{
    /// <summary>Tests that run the real <c>dotnet</c> CLI over the repository's projects run one at a time: concurrent restores of one project collide.</summary>
    [CollectionDefinition(Name)]
    public sealed class DotnetCliCollection
    {
        public const string Name = "dotnet CLI";
    }
}
