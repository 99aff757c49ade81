namespace ResearchContent.Generators.Sources.BibTeX
{
    /// <summary>
    /// A position in a BibTeX file, with the lexical rules btparse documents (bt_language): what white space, a
    /// comment, a name and a key are. Every method moves forward only, so reading a file is linear in its length.
    /// </summary>
    internal sealed class BibTeXCursor
    {
        /// <summary>A cursor at the start of the file's text.</summary>
        public BibTeXCursor(string text) => Text = text;

        /// <summary>The whole file.</summary>
        public string Text { get; }

        /// <summary>The offset of the next character to read.</summary>
        public int Position { get; set; }

        /// <summary>Whether the whole file has been read.</summary>
        public bool AtEnd => Position >= Text.Length;

        /// <summary>The next character, or <c>'\0'</c> at the end of the file.</summary>
        public char Current => Position < Text.Length ? Text[Position] : '\0';

        /// <summary>
        /// Skips white space and <c>%</c> comments, which run to the end of their line. BibTeX itself has no comments
        /// inside an entry, but btparse (and so biber) has, and JabRef and hand-edited files use them.
        /// </summary>
        public void SkipSpace()
        {
            while (Position < Text.Length)
            {
                var c = Text[Position];
                if (c == '%')
                {
                    SkipToLineEnd();
                }
                else if (IsWhiteSpace(c))
                {
                    Position++;
                }
                else
                {
                    return;
                }
            }
        }

        /// <summary>Moves to the end of the current line, before its line break.</summary>
        public void SkipToLineEnd()
        {
            while (Position < Text.Length && Text[Position] is not ('\n' or '\r'))
            {
                Position++;
            }
        }

        /// <summary>Reads a name: an entry type, a field name or a macro name; empty when none starts here.</summary>
        public string ReadName()
        {
            var start = Position;
            while (Position < Text.Length && IsNameCharacter(Text[Position]))
            {
                Position++;
            }

            return Text.Substring(start, Position - start);
        }

        /// <summary>
        /// Reads a citation key: everything up to white space, a comma, the entry's closing delimiter or a character
        /// that cannot be part of a key. BibTeX allows nearly any character in a key; biber warns on few more.
        /// </summary>
        public string ReadKey()
        {
            var start = Position;
            while (Position < Text.Length && IsKeyCharacter(Text[Position]))
            {
                Position++;
            }

            return Text.Substring(start, Position - start);
        }

        /// <summary>Moves to the next '@' outside entries; top-level text, and '%' comments in it, are skipped.</summary>
        public bool MoveToNextAt()
        {
            while (!AtEnd)
            {
                var c = Text[Position];
                if (c == '@')
                {
                    return true;
                }

                if (c == '%')
                {
                    SkipToLineEnd();
                }
                else
                {
                    Position++;
                }
            }

            return false;
        }

        /// <summary>
        /// The offset just after the body of a comment whose delimiter is at <paramref name="open"/>, braces balanced,
        /// or -1 when the body runs to the end of the file.
        /// </summary>
        public int FindCommentEnd(int open)
        {
            var close = Text[open] == '{' ? '}' : ')';
            var depth = 0;
            for (var i = open + 1; i < Text.Length; i++)
            {
                var c = Text[i];
                if (c == close && depth == 0)
                {
                    return i + 1;
                }

                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                if (depth < 0)
                {
                    depth = 0;
                }
            }

            return -1;
        }

        /// <summary>Whether the line holding <paramref name="offset"/> has nothing but white space before it.</summary>
        public bool IsFirstOnLine(int offset)
        {
            for (var i = offset - 1; i >= 0; i--)
            {
                var c = Text[i];
                if (c is '\n' or '\r')
                {
                    return true;
                }

                if (c is not (' ' or '\t'))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Whether an entry starts at <paramref name="offset"/>, first on its line: <c>@</c>, a name and <c>{</c> or <c>(</c>.
        /// A value that runs into such a line has lost its closing brace (btparse calls it a runaway string): reading
        /// stops there, so one missing brace costs one entry, not the rest of the file.
        /// </summary>
        public bool StartsEntryLine(int offset)
        {
            if (offset >= Text.Length || Text[offset] != '@' || !IsFirstOnLine(offset))
            {
                return false;
            }

            var i = offset + 1;
            var nameStart = i;
            while (i < Text.Length && IsLetter(Text[i]))
            {
                i++;
            }

            if (i == nameStart)
            {
                return false;
            }

            while (i < Text.Length && Text[i] is ' ' or '\t')
            {
                i++;
            }

            return i < Text.Length && Text[i] is '{' or '(';
        }

        /// <summary>
        /// Whether the line that starts at <paramref name="lineStart"/> opens an entry, after its indentation. Called at
        /// each line break inside a value: it looks at the indentation and the name only, so reading stays linear.
        /// </summary>
        public bool LineStartsEntry(int lineStart)
        {
            var i = lineStart;
            while (i < Text.Length && Text[i] is ' ' or '\t')
            {
                i++;
            }

            return StartsEntryLine(i);
        }

        /// <summary>The offset of the next line after <paramref name="offset"/> that opens an entry, or the end of the file: where reading resumes after an error.</summary>
        public int NextEntryLine(int offset)
        {
            var i = offset;
            while (i < Text.Length)
            {
                var c = Text[i];
                i++;
                if (c is '\n' or '\r')
                {
                    var first = i;
                    while (first < Text.Length && Text[first] is ' ' or '\t')
                    {
                        first++;
                    }

                    if (StartsEntryLine(first))
                    {
                        return first;
                    }
                }
            }

            return Text.Length;
        }

        /// <summary>TeX's and BibTeX's white space: space, tab, line breaks, form feed, vertical tab.</summary>
        public static bool IsWhiteSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v';

        /// <summary>An ASCII letter: what a TeX control word is made of.</summary>
        public static bool IsLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');

        /// <summary>An ASCII digit: what a BibTeX number is made of.</summary>
        public static bool IsDigit(char c) => c is >= '0' and <= '9';

        /// <summary>BibTeX's rule: any printable character but white space and <c>"#%'(),={}</c>.</summary>
        // btparse's name characters, which leave out '@': in "@\n@comment{" the first '@' is stray text and the comment is
        // a comment, not an entry of the type "@comment" (found by fuzzing).
        public static bool IsNameCharacter(char c) =>
            c > ' ' && c != '\u007f' && !IsWhiteSpace(c) && c is not ('"' or '#' or '%' or '\'' or '(' or ')' or ',' or '=' or '{' or '}' or '@');

        private static bool IsKeyCharacter(char c) =>
            c > ' ' && c != '\u007f' && !IsWhiteSpace(c) && c is not ('"' or '#' or '%' or '(' or ')' or ',' or '=' or '{' or '}' or '\\');
    }
}
