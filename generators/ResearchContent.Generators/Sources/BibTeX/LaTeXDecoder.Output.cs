using System.Text;

namespace ResearchContent.Generators.Sources.BibTeX
{
    /// <summary>
    /// The decoder's output side: spaces and paragraph breaks are held back until text follows them, so that a value
    /// never ends in one; a superscript or subscript is collected apart and written as Unicode scripts.
    /// </summary>
    internal sealed partial class LaTeXDecoder
    {
        private int WhiteSpace(int start)
        {
            var i = start;
            var lineBreaks = 0;
            while (i < _raw.Length && BibTeXCursor.IsWhiteSpace(_raw[i]))
            {
                lineBreaks += _raw[i] == '\n' || (_raw[i] == '\r' && (i + 1 >= _raw.Length || _raw[i + 1] != '\n')) ? 1 : 0;
                i++;
            }

            // Mathematics ignores spaces; a script is all mathematics.
            if (_script is null)
            {
                _pendingSpace = true;
                _pendingParagraph |= _keepParagraphs && lineBreaks >= 2;
            }

            return i;
        }

        /// <summary>Starts a superscript or subscript; its group, or its one character or command, is collected apart.</summary>
        private int StartScript(int start, bool raised)
        {
            var i = SkipWhiteSpace(start);
            if (_script is not null)
            {
                // A script within a script is flattened into the outer one.
                return i;
            }

            _script = new StringBuilder();
            _scriptRaised = raised;
            _scriptDepth = -1;
            if (i < _raw.Length && _raw[i] == '{')
            {
                _scriptDepth = _depth;
                _depth++;
                i++;
            }

            return i;
        }

        private void FinishScript()
        {
            var content = _script!.ToString().Trim();
            _script = null;
            Emit(_scriptRaised ? MathScripts.Raise(content) : MathScripts.Lower(content));
        }

        private int SkipWhiteSpace(int i)
        {
            while (i < _raw.Length && BibTeXCursor.IsWhiteSpace(_raw[i]))
            {
                i++;
            }

            return i;
        }

        private void Emit(string text)
        {
            if (text.Length == 0)
            {
                return;
            }

            if (_script is not null)
            {
                _script.Append(text);
                if (_scriptDepth < 0)
                {
                    FinishScript();
                }

                return;
            }

            if (_output.Length > 0 && (_pendingParagraph || _pendingSpace))
            {
                _output.Append(_pendingParagraph ? "\n\n" : " ");
            }

            _pendingSpace = false;
            _pendingParagraph = false;
            _output.Append(text);
        }
    }
}
