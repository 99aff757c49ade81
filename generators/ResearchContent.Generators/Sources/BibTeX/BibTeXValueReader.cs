using System.Collections.Generic;
using System.Globalization;
using System.Text;
using ResearchContent.Generators.Diagnostics;

namespace ResearchContent.Generators.Sources.BibTeX
{
    /// <summary>
    /// Reads a value, <c>piece # piece # …</c>, where a piece is <c>{text}</c> (braces nested), <c>"text"</c> (braces
    /// inside balanced, a quote inside braces no end), a number or a macro name. It reports what it cannot read.
    /// </summary>
    internal sealed class BibTeXValueReader
    {
        private readonly BibTeXCursor _cursor;
        private readonly MacroTable _macros;
        private readonly BibTeXDiagnosticList _diagnostics;

        // Every character copied out of a macro is counted, so that macros doubling one another
        // (@string{b = a # a} thirty times) cannot turn a small file into gigabytes: reading stays linear.
        private readonly long _expansionLimit;
        private long _expanded;

        /// <summary>A reader of the values at <paramref name="cursor"/>, expanding <paramref name="macros"/>.</summary>
        public BibTeXValueReader(BibTeXCursor cursor, MacroTable macros, BibTeXDiagnosticList diagnostics)
        {
            _cursor = cursor;
            _macros = macros;
            _diagnostics = diagnostics;
            _expansionLimit = 1_000_000 + (4L * cursor.Text.Length);
        }

        /// <summary>Reads the value that starts at the cursor, which is left just after the value's last piece.</summary>
        /// <param name="fieldName">The field or macro being defined, as messages name it.</param>
        /// <param name="entryName">The entry, as messages name it.</param>
        /// <param name="definesMacro">
        /// Whether the value defines an <c>@string</c> macro: one that uses a macro already cut short is cut short too,
        /// without a second report, so the error is reported where the expansion crossed the limit and where it is used.
        /// </param>
        public ValueReadResult Read(string fieldName, string entryName, bool definesMacro)
        {
            var text = new StringBuilder();
            var segments = new List<TextSegment>();
            _cursor.SkipSpace();
            var start = _cursor.Position;
            var end = start;
            var crossedLimit = false;
            var usesTruncated = false;
            var concatenatedAt = -1;
            while (true)
            {
                _cursor.SkipSpace();
                var pieceStart = _cursor.Position;
                var c = _cursor.Current;
                if (!_cursor.AtEnd && c is '{' or '"')
                {
                    var close = FindClose(pieceStart, out var stoppedAt);
                    if (close < 0)
                    {
                        _diagnostics.Add(
                            DiagnosticDescriptors.BibTeXValueNotClosed, pieceStart, 1,
                            fieldName, entryName, Where(stoppedAt), c == '{' ? "}" : "\"");
                        return ValueReadResult.Unreadable(stoppedAt);
                    }

                    Append(text, segments, _cursor.Text.Substring(pieceStart + 1, close - pieceStart - 1), pieceStart + 1);
                    _cursor.Position = close + 1;
                }
                // A line that opens an entry is the next entry, not a macro name: the value is missing (found by fuzzing,
                // "a =" before "@article{" swallowed that entry without a word).
                else if (!_cursor.AtEnd && BibTeXCursor.IsNameCharacter(c) && !_cursor.StartsEntryLine(pieceStart))
                {
                    var name = _cursor.ReadName();
                    if (IsNumber(name))
                    {
                        Append(text, segments, name, pieceStart);
                    }
                    else
                    {
                        usesTruncated |= _macros.IsTruncated(name);
                        crossedLimit |= !AppendMacro(text, segments, name, pieceStart) && !_macros.IsTruncated(name);
                    }
                }
                else
                {
                    // After '#', a line that opens an entry is the next entry: the dangling '#' is reported where it
                    // stands, in this entry's own lines (found by fuzzing: reported at the next entry, it read as that
                    // entry's error, and this one's was nowhere).
                    var at = concatenatedAt >= 0 && _cursor.StartsEntryLine(pieceStart) ? concatenatedAt : pieceStart;
                    _diagnostics.Add(
                        DiagnosticDescriptors.MalformedBibTeXEntry, at, at == pieceStart ? FoundLength(pieceStart) : 1,
                        entryName, "a value (in braces, in quotes, a number or a macro name)", Found(pieceStart));
                    return ValueReadResult.Unreadable(ResumePoint(pieceStart));
                }

                end = _cursor.Position;
                _cursor.SkipSpace();
                if (_cursor.Current != '#' || _cursor.AtEnd)
                {
                    _cursor.Position = end;
                    break;
                }

                concatenatedAt = _cursor.Position;
                _cursor.Position++;
            }

            var value = new BibTeXValue(text.ToString(), start, end, segments);
            if (crossedLimit || (usesTruncated && !definesMacro))
            {
                _diagnostics.Add(
                    DiagnosticDescriptors.BibTeXMacrosExpandTooFar, start, end - start,
                    fieldName, entryName, _expansionLimit.ToString(CultureInfo.InvariantCulture));
                return ValueReadResult.Flawed(value);
            }

            return usesTruncated ? ValueReadResult.Flawed(value) : ValueReadResult.Read(value);
        }

        /// <summary>What the file holds at an offset, as a message names it.</summary>
        public string Found(int offset)
        {
            if (offset >= _cursor.Text.Length)
            {
                return "the end of the file";
            }

            if (_cursor.StartsEntryLine(offset))
            {
                return "the next entry";
            }

            // A word is named whole ('year'), anything else by its character.
            var end = offset;
            while (end < _cursor.Text.Length && end - offset < 30 && BibTeXCursor.IsNameCharacter(_cursor.Text[end]))
            {
                end++;
            }

            return "'" + (end > offset ? _cursor.Text.Substring(offset, end - offset) : _cursor.Text[offset].ToString()) + "'";
        }

        /// <summary>The length of what <see cref="Found"/> names: a word, one character, or nothing at the end of the file.</summary>
        public int FoundLength(int offset)
        {
            var end = offset;
            while (end < _cursor.Text.Length && end - offset < 30 && BibTeXCursor.IsNameCharacter(_cursor.Text[end]))
            {
                end++;
            }

            return end > offset ? end - offset : offset < _cursor.Text.Length ? 1 : 0;
        }

        /// <summary>Where a value or an entry that is never closed stops being read, as a message names it.</summary>
        public string Where(int offset) =>
            offset >= _cursor.Text.Length ? "the end of the file" : "the next entry, on line " + _diagnostics.LineNumber(offset).ToString(CultureInfo.InvariantCulture);

        /// <summary>Where reading resumes after an error at <paramref name="offset"/>: that entry, or the next line that opens one.</summary>
        public int ResumePoint(int offset) => _cursor.StartsEntryLine(offset) ? offset : _cursor.NextEntryLine(offset);

        private static bool IsNumber(string name)
        {
            foreach (var c in name)
            {
                if (!BibTeXCursor.IsDigit(c))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The offset of the brace or quote that closes the piece opened at <paramref name="open"/>, or -1.</summary>
        private int FindClose(int open, out int stoppedAt)
        {
            var text = _cursor.Text;
            var quoted = text[open] == '"';
            var depth = quoted ? 0 : 1;
            for (var i = open + 1; i < text.Length; i++)
            {
                switch (text[i])
                {
                    case '{':
                        depth++;
                        break;
                    case '}':
                        // A stray '}' inside quotes is an error to BibTeX; it is kept, and the decoder drops it.
                        if (depth > 0)
                        {
                            depth--;
                        }

                        if (depth == 0 && !quoted)
                        {
                            stoppedAt = i;
                            return i;
                        }

                        break;
                    case '"' when quoted && depth == 0:
                        stoppedAt = i;
                        return i;
                    case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                        break;
                    case '\r' or '\n':
                        if (_cursor.LineStartsEntry(i + 1))
                        {
                            stoppedAt = SkipIndentation(i + 1);
                            return -1;
                        }

                        break;
                }
            }

            stoppedAt = text.Length;
            return -1;
        }

        private int SkipIndentation(int offset)
        {
            while (offset < _cursor.Text.Length && _cursor.Text[offset] is ' ' or '\t')
            {
                offset++;
            }

            return offset;
        }

        private static void Append(StringBuilder text, List<TextSegment> segments, string piece, int fileStart)
        {
            if (piece.Length > 0)
            {
                segments.Add(new TextSegment(text.Length, fileStart, piece.Length));
                text.Append(piece);
            }
        }

        /// <returns><see langword="false"/> when the macro's text would exceed the file's expansion limit; it is left out.</returns>
        private bool AppendMacro(StringBuilder text, List<TextSegment> segments, string name, int referenceStart)
        {
            var macro = _macros.Find(name, referenceStart);
            if (macro is null)
            {
                _diagnostics.Add(DiagnosticDescriptors.UndefinedBibTeXMacro, referenceStart, name.Length, name);
                Append(text, segments, name, referenceStart);
                return true;
            }

            if (_macros.IsTruncated(name) || _expanded + macro.Text.Length > _expansionLimit)
            {
                return false;
            }

            _expanded += macro.Text.Length;
            var offset = text.Length;
            foreach (var segment in macro.Segments)
            {
                segments.Add(new TextSegment(offset + segment.TextStart, segment.FileStart, segment.Length));
            }

            text.Append(macro.Text);
            return true;
        }
    }
}
