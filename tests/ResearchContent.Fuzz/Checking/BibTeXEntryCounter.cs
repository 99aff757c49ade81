using System;
using System.Collections.Generic;
using System.Linq;

namespace ResearchContent.Fuzz.Checking
{
    /// <summary>
    /// Finds a BibTeX file's entries as docs/sources-bibtex.md describes them: <c>@type{</c> or <c>@type(</c> outside
    /// other entries and first on their line, not <c>@string</c>, <c>@preamble</c> or <c>@comment</c>; text between entries is a comment. An
    /// entry whose braces never balance ends at the next line that opens an entry (a runaway value). Each entry's
    /// region runs to the line before the next entry, so an error anywhere in it is the entry's.
    /// </summary>
    internal static class BibTeXEntryCounter
    {
        public static IReadOnlyList<EntryRegion> Entries(string text)
        {
            var heads = new List<int>();
            var commentRanToEnd = false;
            var position = 0;
            while (position < text.Length)
            {
                var c = text[position];
                if (c == '%')
                {
                    position = LineEnd(text, position);
                    continue;
                }

                if (c != '@')
                {
                    position++;
                    continue;
                }

                var nameEnd = position + 1;
                while (nameEnd < text.Length && char.IsWhiteSpace(text[nameEnd]))
                {
                    nameEnd++;
                }

                var nameStart = nameEnd;
                while (nameEnd < text.Length && IsNameCharacter(text[nameEnd]))
                {
                    nameEnd++;
                }

                var open = nameEnd;
                while (open < text.Length && IsSpace(text[open]))
                {
                    open++;
                }

                var type = text.Substring(nameStart, nameEnd - nameStart).ToLowerInvariant();
                if (type.Length == 0 || open >= text.Length || text[open] is not ('{' or '('))
                {
                    position = Math.Max(nameEnd, position + 1);
                    continue;
                }

                if (type == "comment")
                {
                    var end = commentRanToEnd ? -1 : CommentEnd(text, open);
                    commentRanToEnd |= end < 0;
                    position = end < 0 ? nameEnd : end;
                    continue;
                }

                // Only entries on a line of their own are counted: after an error the parser resumes at the next line
                // that opens an entry, and skips, as documented, an entry that starts in the middle of a line.
                if (type is not ("string" or "preamble") && FirstOnItsLine(text, position) && OpensEntry(text, position))
                {
                    heads.Add(position);
                }

                position = EntryEnd(text, open);
            }

            var startLines = LinesOf(text, heads).Distinct().ToArray();
            var lineCount = TextLines.Split(text).Count;
            return startLines.Select((line, i) => new EntryRegion(line, i + 1 < startLines.Length ? startLines[i + 1] : lineCount)).ToArray();
        }

        /// <summary>Just after the entry's closing delimiter, or at the next line that opens an entry when it never closes.</summary>
        private static int EntryEnd(string text, int open)
        {
            var close = text[open] == '{' ? '}' : ')';
            var depth = 0;
            for (var i = open + 1; i < text.Length; i++)
            {
                var c = text[i];
                if (c == close && depth == 0)
                {
                    return i + 1;
                }

                if (c is '\n' or '\r' && OpensEntry(text, i + 1))
                {
                    return i + 1;
                }

                depth = Math.Max(0, depth + (c == '{' ? 1 : c == '}' ? -1 : 0));
            }

            return text.Length;
        }

        /// <summary>A comment's body ends at its balanced closing delimiter, whatever lines it holds; -1 if never.</summary>
        private static int CommentEnd(string text, int open)
        {
            var close = text[open] == '{' ? '}' : ')';
            var depth = 0;
            for (var i = open + 1; i < text.Length; i++)
            {
                if (text[i] == close && depth == 0)
                {
                    return i + 1;
                }

                depth = Math.Max(0, depth + (text[i] == '{' ? 1 : text[i] == '}' ? -1 : 0));
            }

            return -1;
        }

        /// <summary>Whether the line starting at <paramref name="lineStart"/> is, after indentation, <c>@letters</c> and an opening delimiter.</summary>
        private static bool OpensEntry(string text, int lineStart)
        {
            var i = lineStart;
            while (i < text.Length && text[i] is ' ' or '\t')
            {
                i++;
            }

            if (i >= text.Length || text[i] != '@')
            {
                return false;
            }

            var nameStart = ++i;
            while (i < text.Length && text[i] is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z'))
            {
                i++;
            }

            while (i > nameStart && i < text.Length && text[i] is ' ' or '\t')
            {
                i++;
            }

            return i > nameStart && i < text.Length && text[i] is '{' or '(';
        }

        /// <summary>
        /// Whether only indentation stands before <paramref name="position"/> on its line: in <c>@string{j="}@x{}"}</c>
        /// the second '@' is inside a value, though its line opens an entry (seed 8, input 6761: the counter, not the
        /// parser, lost it).
        /// </summary>
        private static bool FirstOnItsLine(string text, int position)
        {
            var i = LineStart(text, position);
            while (i < position && text[i] is ' ' or '\t')
            {
                i++;
            }

            return i == position;
        }

        private static int LineStart(string text, int position)
        {
            while (position > 0 && text[position - 1] is not ('\n' or '\r'))
            {
                position--;
            }

            return position;
        }

        private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v';

        // btparse's name characters: '@' is none of them, so in "@\n@comment{" the first '@' is stray text, not an entry
        // named "@comment" (found when the counter, not the parser, lost an entry inside that comment).
        private static bool IsNameCharacter(char c) =>
            c > ' ' && c != '\u007f' && !IsSpace(c) && c is not ('"' or '#' or '%' or '\'' or '(' or ')' or ',' or '=' or '{' or '}' or '@');

        private static int LineEnd(string text, int position)
        {
            while (position < text.Length && text[position] is not ('\n' or '\r'))
            {
                position++;
            }

            return position;
        }

        /// <summary>The 0-based lines of increasing offsets, lines ending in LF, CRLF or CR; one pass over the text.</summary>
        private static IEnumerable<int> LinesOf(string text, IReadOnlyList<int> offsets)
        {
            var (line, i) = (0, 0);
            foreach (var offset in offsets)
            {
                for (; i < offset; i++)
                {
                    if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
                    {
                        line++;
                    }
                }

                yield return line;
            }
        }
    }
}
