using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ResearchContent.Fuzz.Running
{
    /// <summary>An AdditionalFiles item whose text is already decoded, so that the checks see the very text the generator saw.</summary>
    internal sealed class FuzzAdditionalText : AdditionalText
    {
        private readonly SourceText _text;

        public FuzzAdditionalText(string path, SourceText text)
        {
            Path = path;
            _text = text;
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
