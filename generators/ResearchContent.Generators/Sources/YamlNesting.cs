using System.IO;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ResearchContent.Generators.Sources
{
    /// <summary>
    /// How deep front matter may nest before YamlDotNet is asked to read it. Shared by the page's front matter reader
    /// and the collection's lenient reader, so that both refuse the same shapes with the same message.
    /// </summary>
    internal static class YamlNesting
    {
        /// <summary>
        /// Lists and mappings nested deeper than this are refused: nothing in front matter nests this deep. Flow
        /// brackets slow YamlDotNet's parser down with the square of the depth (seconds at tens of thousands), and its
        /// representation model reads nesting by recursion, which a crafted file (one line of <c>- - - …</c>, or of
        /// <c>[[[…</c>) drives into a stack overflow that kills the compiler.
        /// </summary>
        public const int MaxDepth = 256;

        public static string Message => "lists or mappings are nested more than " + Primitives.Invariant.Number(MaxDepth) + " deep";

        /// <summary>
        /// The offset of the bracket that opens more than <see cref="MaxDepth"/> flow collections, or <see langword="null"/>.
        /// Brackets inside quotes count too: no real value holds hundreds of them.
        /// </summary>
        public static int? TooManyBrackets(string yaml)
        {
            var depth = 0;
            for (var i = 0; i < yaml.Length; i++)
            {
                depth += yaml[i] is '[' or '{' ? 1 : yaml[i] is ']' or '}' && depth > 0 ? -1 : 0;
                if (depth > MaxDepth)
                {
                    return i;
                }
            }

            return null;
        }

        /// <summary>
        /// Where the first list or mapping deeper than <see cref="MaxDepth"/> starts, by YamlDotNet's parser events (which
        /// it produces without recursion), or <see langword="null"/>. Call it after <see cref="TooManyBrackets"/>, which
        /// keeps the parser from its slow path; a YAML error is left to the reader that follows.
        /// </summary>
        public static Mark? TooDeep(string yaml)
        {
            var parser = new Parser(new StringReader(yaml));
            var depth = 0;
            try
            {
                while (parser.MoveNext())
                {
                    switch (parser.Current)
                    {
                        case SequenceStart or MappingStart when ++depth > MaxDepth:
                            return parser.Current.Start;
                        case SequenceEnd or MappingEnd:
                            depth--;
                            break;
                    }
                }
            }
            catch (YamlException)
            {
            }
            catch (System.InvalidOperationException)
            {
            }

            return null;
        }
    }
}
