using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using ResearchContent.Generators.Emit;
using ResearchContent.Generators.Model;

namespace ResearchContent.Generators.Tests.Infrastructure
{
    /// <summary>A catalog model sent through the real emitters and the compiler, without the readers: for tests that build the model by hand.</summary>
    internal static class EmittedCatalog
    {
        public static GeneratorRun Compile(CatalogModel model)
        {
            var sources = CatalogIndexModel.Chunks(model).Select(ChunkEmitter.Emit)
                .Append(CatalogEmitter.Emit(CatalogIndexModel.Of(model)))
                .Append(ContentDiagnosticListEmitter.Emit(model.ContentDiagnostics));
            var compilation = new GeneratorHarness(System.Array.Empty<Microsoft.CodeAnalysis.AdditionalText>()).Compilation
                .AddSyntaxTrees(sources.Select(source => CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions)));
            return new GeneratorRun(null!, compilation, default);
        }
    }
}
