using System.Collections.Generic;
using System.Text;
using ResearchContent.Generators.Primitives;
using static ResearchContent.Generators.Emit.GeneratedNames;
using static ResearchContent.Generators.Emit.GlobalTypeNames;

namespace ResearchContent.Generators.Emit
{
    /// <summary>
    /// The text of one generated object as a single UTF-8 literal, sliced by byte offsets. Each distinct UTF-8
    /// literal becomes a field of the assembly's private implementation class, and the runtime refuses a type
    /// with more than 65,535 fields, so one literal per object rather than per string keeps large catalogs loadable.
    /// No generated expression grows in depth with the content.
    /// </summary>
    internal sealed class Utf8Blob
    {
        public const string VariableName = "text";

        private readonly List<string> _pieces = new();
        private readonly Dictionary<string, string> _slices = new();
        private int _length;

        /// <summary>The expression that decodes <paramref name="value"/> from the blob.</summary>
        public string Text(string? value)
        {
            if (value is null)
            {
                return "null";
            }

            if (value.Length == 0)
            {
                return "string.Empty";
            }

            if (_slices.TryGetValue(value, out var existing))
            {
                return existing;
            }

            var length = Encoding.UTF8.GetByteCount(value);
            var slice = $"{DecodeMethod}({VariableName}.Slice({Invariant.Number(_length)}, {Invariant.Number(length)}))";
            _pieces.Add(value);
            _slices.Add(value, slice);
            _length += length;
            return slice;
        }

        public bool IsEmpty => _pieces.Count == 0;

        /// <summary>
        /// Declares the blob as one literal. A chain of <c>"…"u8 + "…"u8</c> terms would be as deep as the catalog is long,
        /// and the compiler's passes recurse once per term: thousands of terms overflow its stack in a real build.
        /// </summary>
        public void WriteDeclaration(SourceWriter writer)
        {
            if (IsEmpty)
            {
                return;
            }

            writer.WriteLine($"{ReadOnlySpan}<byte> {VariableName} =");
            writer.Indent();
            writer.WriteLine(CSharpLiteral.Utf8(string.Concat(_pieces)) + ";");
            writer.Unindent();
        }
    }
}
