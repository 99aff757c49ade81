using System;

namespace ResearchContent.Generators.Tests.EndToEnd
{
    /// <summary>
    /// The consumer of the reference page, built once for the tests that share it, because a build takes tens of
    /// seconds. It is built on first use, so a filtered run of other tests pays nothing for it. The build writes the
    /// generated sources to disk, for the tests that compare them.
    /// </summary>
    public sealed class ReferenceConsumerBuild : IDisposable
    {
        /// <summary>The MSBuild switch that writes the generated sources under <see cref="ConsumerProject.IntermediateFolder"/>.</summary>
        public const string EmitGeneratedFiles = "-p:EmitCompilerGeneratedFiles=true";

        private readonly Lazy<DotnetCli.Result> _result;

        public ReferenceConsumerBuild() => _result = new Lazy<DotnetCli.Result>(() => Project.Build(EmitGeneratedFiles));

        internal ConsumerProject Project { get; } = new(ConsumerProject.ReferencePage);

        internal DotnetCli.Result Result => _result.Value;

        public void Dispose() => Project.Dispose();
    }
}
