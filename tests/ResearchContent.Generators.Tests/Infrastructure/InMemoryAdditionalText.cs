using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ResearchContent.Generators.Tests.Infrastructure
{
    /// <summary>An AdditionalFiles item held in memory, as the compiler would hand it to the generator.</summary>
    public sealed class InMemoryAdditionalText : AdditionalText
    {
        private readonly SourceText? _text;

        public InMemoryAdditionalText(string path, string? text)
        {
            Path = path;
            _text = text is null ? null : SourceText.From(text, Encoding.UTF8);
        }

        public override string Path { get; }

        public override SourceText? GetText(CancellationToken cancellationToken = default) => _text;
    }
}
