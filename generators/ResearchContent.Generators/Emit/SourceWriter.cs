using System.Text;

namespace ResearchContent.Generators.Emit
{
    /// <summary>
    /// Writes C# source line by line with the indentation kept for the caller, as System.Text.Json's generator
    /// does. Blank lines carry no indentation, and lines end in <c>\n</c> on every machine.
    /// </summary>
    internal sealed class SourceWriter
    {
        private const string IndentUnit = "    ";

        private readonly StringBuilder _text = new();
        private int _indentation;

        public void WriteLine(string line)
        {
            if (line.Length > 0)
            {
                for (var i = 0; i < _indentation; i++)
                {
                    _text.Append(IndentUnit);
                }

                _text.Append(line);
            }

            _text.Append('\n');
        }

        public void WriteLine() => _text.Append('\n');

        /// <summary>A line at the start of the line whatever the indentation, as preprocessor directives are written.</summary>
        public void WriteLineNoIndent(string line) => _text.Append(line).Append('\n');

        public void Indent() => _indentation++;

        public void Unindent() => _indentation--;

        /// <summary>Writes <c>{</c> and indents what follows.</summary>
        public void OpenBlock(string opening = "{")
        {
            WriteLine(opening);
            _indentation++;
        }

        /// <summary>Ends the indentation and writes <c>}</c>, or <paramref name="closing"/> such as <c>};</c>.</summary>
        public void CloseBlock(string closing = "}")
        {
            _indentation--;
            WriteLine(closing);
        }

        /// <summary>
        /// Writes what another writer wrote, indented to this writer's level: for a part that must be written before
        /// what precedes it is known, such as an object's initializer before the UTF-8 data it reads from.
        /// </summary>
        public void WriteLines(SourceWriter part)
        {
            var text = part._text.ToString();
            var start = 0;
            while (start < text.Length)
            {
                var end = text.IndexOf('\n', start);
                WriteLine(text.Substring(start, end - start));
                start = end + 1;
            }
        }

        public override string ToString() => _text.ToString();
    }
}
