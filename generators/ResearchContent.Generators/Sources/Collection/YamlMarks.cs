using YamlDotNet.Core;

namespace ResearchContent.Generators.Sources.Collection
{
    /// <summary>Where a YAML value starts and ends, as 0-based lines and columns of the YAML text.</summary>
    internal readonly record struct YamlMarks(int StartLine, int StartColumn, int EndLine, int EndColumn)
    {
        /// <summary>YamlDotNet's marks are 1-based.</summary>
        public static YamlMarks Of(Mark start, Mark end) => new(ZeroBased(start.Line), ZeroBased(start.Column), ZeroBased(end.Line), ZeroBased(end.Column));

        public static int ZeroBased(long position) => position > 0 ? (int)(position - 1) : 0;
    }
}
