using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ResearchContent.Generators.Tests.Infrastructure
{
    /// <summary>The MSBuild properties the compiler passes to generators, such as <c>build_property.ProjectDir</c>.</summary>
    public sealed class BuildProperties : AnalyzerConfigOptionsProvider
    {
        private readonly Options _options;

        public BuildProperties(IReadOnlyDictionary<string, string> values) => _options = new Options(values);

        public override AnalyzerConfigOptions GlobalOptions => _options;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

        private sealed class Options : AnalyzerConfigOptions
        {
            public static readonly Options Empty = new(new Dictionary<string, string>());

            private readonly IReadOnlyDictionary<string, string> _values;

            public Options(IReadOnlyDictionary<string, string> values) => _values = values;

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
        }
    }
}
