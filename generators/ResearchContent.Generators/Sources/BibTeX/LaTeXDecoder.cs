using System.Collections.Generic;
using System.Text;

namespace ResearchContent.Generators.Sources.BibTeX
{
    /// <summary>
    /// Turns a BibTeX value's LaTeX into the text a reader sees: accents into letters (<c>{\"o}</c> is ö), escapes and
    /// symbols into characters, <c>--</c> and <c>---</c> into dashes, styles (<c>\textit</c>, <c>\emph</c>) and
    /// protective braces away, and small mathematics (<c>$\mu$m</c>, <c>$10^{-3}$</c>) into text without the dollars.
    /// White space is collapsed to single spaces, and <c>~</c>, a no-break space to TeX, is a plain space: the catalog
    /// compares titles across sources, and no one types a no-break space into a title on a web page.
    /// </summary>
    /// <remarks>
    /// It reads the value once from left to right with a brace depth and a math flag, and never recurses, so a value
    /// of ten thousand nested braces is read like any other. Nothing written is lost: an unknown command is kept
    /// without its backslash and reported.
    /// </remarks>
    internal sealed partial class LaTeXDecoder
    {
        private readonly string _raw;
        private readonly bool _keepParagraphs;
        private readonly List<UnknownLaTeXCommand>? _unknown;
        private readonly StringBuilder _output = new();
        private StringBuilder? _script;
        private bool _scriptRaised;

        // The brace depth at which a script's group closes, or -1 for a script of one character or command.
        private int _scriptDepth;
        private int _depth;
        private bool _math;
        private bool _pendingSpace;
        private bool _pendingParagraph;

        private LaTeXDecoder(string raw, bool keepParagraphs, List<UnknownLaTeXCommand>? unknown)
        {
            _raw = raw;
            _keepParagraphs = keepParagraphs;
            _unknown = unknown;
        }

        /// <summary>The text of a value.</summary>
        /// <param name="raw">The value with its LaTeX, as <see cref="BibTeXValue.Text"/> holds it.</param>
        /// <param name="keepParagraphs">Whether a blank line stays a paragraph break (<c>\n\n</c>), as in an abstract.</param>
        /// <param name="unknown">Receives the commands that are not known, or <see langword="null"/>.</param>
        public static string Decode(string raw, bool keepParagraphs = false, List<UnknownLaTeXCommand>? unknown = null)
        {
            var decoder = new LaTeXDecoder(raw, keepParagraphs, unknown);
            decoder.Run();
            return decoder._output.ToString();
        }

        private void Run()
        {
            var i = 0;
            while (i < _raw.Length)
            {
                var c = _raw[i];
                var next = i + 1 < _raw.Length ? _raw[i + 1] : '\0';
                switch (c)
                {
                    case '{':
                        _depth++;
                        i++;
                        break;
                    case '}':
                        _depth--;
                        i++;
                        if (_script is not null && _scriptDepth >= 0 && _depth <= _scriptDepth)
                        {
                            FinishScript();
                        }

                        break;
                    case '\\':
                        i = Command(i);
                        break;
                    case '$':
                        i += next == '$' ? 2 : 1;
                        _math = !_math;
                        if (_script is not null)
                        {
                            FinishScript();
                        }

                        break;
                    case '~' when !_math:
                        _pendingSpace |= _script is null;
                        i++;
                        break;
                    case '-' when !_math:
                        i = Dashes(i);
                        break;
                    case '`' when !_math && next == '`':
                        Emit("“");
                        i += 2;
                        break;
                    case '\'' when !_math && next == '\'':
                        Emit("”");
                        i += 2;
                        break;
                    case '^' or '_' when _math:
                        i = StartScript(i + 1, raised: c == '^');
                        break;
                    default:
                        if (BibTeXCursor.IsWhiteSpace(c))
                        {
                            i = WhiteSpace(i);
                        }
                        else
                        {
                            Emit(c.ToString());
                            i++;
                        }

                        break;
                }
            }

            if (_script is not null)
            {
                FinishScript();
            }
        }

        /// <summary>Reads the command at <paramref name="start"/> (its backslash) and returns where the text goes on.</summary>
        private int Command(int start)
        {
            if (start + 1 >= _raw.Length)
            {
                Emit("\\");
                return start + 1;
            }

            var end = start + 1;
            var isWord = BibTeXCursor.IsLetter(_raw[end]);
            if (isWord)
            {
                while (end < _raw.Length && BibTeXCursor.IsLetter(_raw[end]))
                {
                    end++;
                }
            }
            else
            {
                end++;
            }

            var name = _raw.Substring(start + 1, end - start - 1);
            if (LaTeXAccents.IsAccent(name))
            {
                return Accent(name, end);
            }

            // TeX ignores the spaces after a control word: '\ss e' is 'ße'.
            var after = isWord ? SkipWhiteSpace(end) : end;
            switch (LaTeXCommands.KindOf(name))
            {
                case LaTeXCommandKind.Text:
                    Emit(LaTeXCommands.TextOf(name));
                    return after;
                case LaTeXCommandKind.Style:
                    return after;
                case LaTeXCommandKind.Space:
                    _pendingSpace |= _script is null;
                    _pendingParagraph |= _keepParagraphs && name == "par" && _script is null;
                    return after;
                case LaTeXCommandKind.DropArgument:
                    return after < _raw.Length && _raw[after] == '{' ? LaTeXGroup.End(_raw, after) : after;
                case LaTeXCommandKind.Verbatim:
                    if (after < _raw.Length && _raw[after] == '{')
                    {
                        Emit(LaTeXGroup.Verbatim(_raw, after, out after));
                    }

                    return after;
                case LaTeXCommandKind.Superscript or LaTeXCommandKind.Subscript:
                    return StartScript(after, raised: LaTeXCommands.KindOf(name) == LaTeXCommandKind.Superscript);
                default:
                    _unknown?.Add(new UnknownLaTeXCommand(start, end - start, "\\" + name, name));
                    Emit(name);
                    return end;
            }
        }

        /// <summary>Applies the accent to the letter that follows: <c>\"o</c>, <c>\" o</c>, <c>\"{o}</c>, <c>\'{\i}</c>, <c>\c c</c>.</summary>
        private int Accent(string name, int end)
        {
            var i = SkipWhiteSpace(end);
            var opened = 0;
            while (i < _raw.Length && _raw[i] == '{')
            {
                opened++;
                i = SkipWhiteSpace(i + 1);
            }

            // The braces opened around the letter are closed by the main loop, which drops them.
            _depth += opened;
            var letter = string.Empty;
            if (i < _raw.Length && _raw[i] == '\\')
            {
                var nameEnd = i + 1;
                while (nameEnd < _raw.Length && BibTeXCursor.IsLetter(_raw[nameEnd]))
                {
                    nameEnd++;
                }

                var accented = LaTeXCommands.AccentBase(_raw.Substring(i + 1, nameEnd - i - 1));
                if (accented is not null)
                {
                    letter = accented;
                    i = SkipWhiteSpace(nameEnd);
                }
            }
            else if (i < _raw.Length && _raw[i] != '}' && !BibTeXCursor.IsWhiteSpace(_raw[i]))
            {
                var length = char.IsHighSurrogate(_raw[i]) && i + 1 < _raw.Length ? 2 : 1;
                letter = _raw.Substring(i, length);
                i += length;
            }

            Emit(LaTeXAccents.Apply(name, letter));
            return i;
        }

        /// <summary>TeX's ligatures: <c>--</c> is an en dash, <c>---</c> an em dash.</summary>
        private int Dashes(int start)
        {
            var end = start;
            while (end < _raw.Length && _raw[end] == '-')
            {
                end++;
            }

            Emit(LaTeXGroup.Dashes(end - start));
            return end;
        }
    }
}
