using System;
using System.Collections.Generic;
using System.Threading;
using ResearchContent.Generators.Diagnostics;

namespace ResearchContent.Generators.Sources.BibTeX
{
    /// <summary>
    /// Reads a BibTeX file into its entries, following the grammar btparse documents (bt_language), which biber
    /// uses: <c>@type{key, name = value, …}</c> or with parentheses, <c>@string</c>, <c>@preamble</c> and
    /// <c>@comment</c>; any other text is a comment. After an error it resumes at the next line that opens an entry,
    /// so one broken entry costs that entry only. It never throws on any input and reads each character a bounded
    /// number of times.
    /// </summary>
    internal sealed class BibTeXParser
    {
        private readonly BibTeXCursor _cursor;
        private readonly BibTeXDiagnosticList _diagnostics;
        private readonly BibTeXValueReader _values;
        private readonly BibTeXRecovery _recovery;
        private readonly MacroTable _macros = new();
        private readonly List<BibTeXEntry> _entries = new();

        // Once one @comment's braces run to the end of the file, later ones are skipped as BibTeX skips them (the
        // keyword alone), rather than each scanning to the end again: reading stays linear.
        private bool _commentRanToEnd;

        private BibTeXParser(string text, BibTeXDiagnosticList diagnostics)
        {
            _cursor = new BibTeXCursor(text);
            _diagnostics = diagnostics;
            _values = new BibTeXValueReader(_cursor, _macros, diagnostics);
            _recovery = new BibTeXRecovery(_cursor, _values, diagnostics);
        }

        /// <summary>The file's bibliographic entries in order, those with errors marked; <c>@string</c>s are expanded into them.</summary>
        public static IReadOnlyList<BibTeXEntry> Parse(string text, BibTeXDiagnosticList diagnostics, CancellationToken cancellationToken)
        {
            var parser = new BibTeXParser(text, diagnostics);
            parser.ParseFile(cancellationToken);
            return parser._entries;
        }

        private void ParseFile(CancellationToken cancellationToken)
        {
            while (_cursor.MoveToNextAt())
            {
                cancellationToken.ThrowIfCancellationRequested();
                var at = _cursor.Position;
                _cursor.Position++;
                _cursor.SkipSpace();
                var type = _cursor.ReadName();
                if (type.Length == 0)
                {
                    continue;
                }

                var typeEnd = _cursor.Position;
                _cursor.SkipSpace();
                var open = _cursor.Current;
                var isEntry = !_cursor.AtEnd && open is '{' or '(';
                if (type.Equals("comment", StringComparison.OrdinalIgnoreCase))
                {
                    if (isEntry)
                    {
                        SkipComment(at, typeEnd);
                    }

                    continue;
                }

                if (!isEntry)
                {
                    // An '@' in running text between entries (an e-mail address) is a comment; one that opens a
                    // line is meant as an entry.
                    if (_cursor.IsFirstOnLine(at))
                    {
                        _diagnostics.Add(
                            DiagnosticDescriptors.MalformedBibTeXEntry, _cursor.Position, _values.FoundLength(_cursor.Position),
                            "@" + type, "'{' or '(' after '@" + type + "'", _values.Found(_cursor.Position));
                    }

                    _cursor.Position = typeEnd;
                    continue;
                }

                _cursor.Position++;
                var close = open == '{' ? '}' : ')';
                var lowerType = type.ToLowerInvariant();
                var entry = new BibTeXEntry(lowerType, at) { HeadEnd = _cursor.Position };
                var sound = lowerType switch
                {
                    "string" => ParseFields(entry, close, defineMacros: true),
                    "preamble" => ParsePreamble(entry, close),
                    _ => ParseEntry(entry, close),
                };

                if (lowerType is not ("string" or "preamble"))
                {
                    entry.HasError |= !sound;
                    _entries.Add(entry);
                }
            }
        }

        private bool ParseEntry(BibTeXEntry entry, char close)
        {
            _cursor.SkipSpace();
            if (_cursor.StartsEntryLine(_cursor.Position))
            {
                // "@misc(" then a line that opens an entry: that entry is not this one's key (found by fuzzing).
                _recovery.Unclosed(entry, close);
                return false;
            }

            entry.KeyStart = _cursor.Position;
            var key = _cursor.ReadKey();
            var afterKey = _cursor.Position;
            _cursor.SkipSpace();
            if (key.Length > 0 && _cursor.Current == '=')
            {
                // '@article{title = {…}': the name is the first field's, and the key is missing.
                _cursor.Position = entry.KeyStart;
                key = string.Empty;
            }

            if (key.Length == 0)
            {
                _diagnostics.Add(DiagnosticDescriptors.BibTeXEntryWithoutKey, entry.Start, entry.HeadEnd - entry.Start, entry.Type);
                entry.HasError = true;
                if (_cursor.Current == ',')
                {
                    _cursor.Position++;
                }

                ParseFields(entry, close, defineMacros: false);
                return false;
            }

            entry.Key = key;
            entry.HeadEnd = afterKey;
            if (_cursor.Current == ',' && !_cursor.AtEnd)
            {
                _cursor.Position++;
                return ParseFields(entry, close, defineMacros: false);
            }

            if (_cursor.Current == close && !_cursor.AtEnd)
            {
                _cursor.Position++;
                return true;
            }

            return _recovery.Unclosed(entry, close) || _recovery.Malformed(entry, "',' after the key '" + key + "'");
        }

        /// <summary>Reads <c>name = value</c> pairs up to the closing delimiter: an entry's fields or an <c>@string</c>'s macros.</summary>
        private bool ParseFields(BibTeXEntry entry, char close, bool defineMacros)
        {
            var sound = true;
            while (true)
            {
                _cursor.SkipSpace();
                if (_cursor.Current == close && !_cursor.AtEnd)
                {
                    _cursor.Position++;
                    return sound;
                }

                if (_recovery.Unclosed(entry, close))
                {
                    return false;
                }

                var nameStart = _cursor.Position;
                var name = _cursor.ReadName();
                if (name.Length == 0)
                {
                    return _recovery.Malformed(entry, defineMacros ? "a macro name" : "a field name");
                }

                _cursor.SkipSpace();
                if (_cursor.Current != '=' || _cursor.AtEnd)
                {
                    return _recovery.Unclosed(entry, close) || _recovery.Malformed(entry, "'=' after the field name '" + name + "'");
                }

                _cursor.Position++;
                _cursor.SkipSpace();
                if (_cursor.StartsEntryLine(_cursor.Position) && _recovery.Unclosed(entry, close))
                {
                    // "name =" and then a line that opens an entry: this entry ends there unclosed, and the error is
                    // this entry's, at its own lines (found by fuzzing).
                    return false;
                }

                var result = _values.Read(name.ToLowerInvariant(), entry.DisplayName, definesMacro: defineMacros);
                if (result.Value is null)
                {
                    _cursor.Position = result.ResumeAt;
                    return false;
                }

                sound &= result.IsSound;
                if (defineMacros)
                {
                    _macros.Define(name, result.Value, truncated: !result.IsSound);
                }
                else
                {
                    AddField(entry, new BibTeXField(name.ToLowerInvariant(), nameStart, result.Value));
                }

                _cursor.SkipSpace();
                if (_cursor.Current == ',' && !_cursor.AtEnd)
                {
                    _cursor.Position++;
                }
                else if (_cursor.Current != close || _cursor.AtEnd)
                {
                    return _recovery.Unclosed(entry, close) || _recovery.Malformed(entry, "',' or '" + close + "' after the value of '" + name + "'");
                }
            }
        }

        private bool ParsePreamble(BibTeXEntry entry, char close)
        {
            var result = _values.Read("@preamble", "@preamble", definesMacro: false);
            if (result.Value is null)
            {
                _cursor.Position = result.ResumeAt;
                return false;
            }

            _cursor.SkipSpace();
            if (_cursor.Current == close && !_cursor.AtEnd)
            {
                _cursor.Position++;
                return result.IsSound;
            }

            return _recovery.Unclosed(entry, close) || _recovery.Malformed(entry, "'" + close + "' after the preamble");
        }

        private void AddField(BibTeXEntry entry, BibTeXField field)
        {
            var first = entry.Add(field);
            if (first is null)
            {
                return;
            }

            _diagnostics.Add(
                DiagnosticDescriptors.RepeatedBibTeXField, field.NameStart, field.Name.Length,
                field.Name, entry.DisplayName, _diagnostics.LineNumber(first.NameStart).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        /// <summary>
        /// Skips an <c>@comment</c>'s body, braces balanced, as btparse does, so that an entry commented out with
        /// <c>@comment{ @article{…} }</c> stays out.
        /// </summary>
        private void SkipComment(int at, int typeEnd)
        {
            var close = _cursor.Current == '{' ? '}' : ')';
            var headLength = _cursor.Position + 1 - at;
            var end = _commentRanToEnd ? -1 : _cursor.FindCommentEnd(_cursor.Position);
            if (end >= 0)
            {
                _cursor.Position = end;
                return;
            }

            if (!_commentRanToEnd)
            {
                _diagnostics.Add(DiagnosticDescriptors.BibTeXEntryNotClosed, at, headLength, "@comment", close.ToString(), "the end of the file");
                _commentRanToEnd = true;
            }

            _cursor.Position = typeEnd;
        }
    }
}
