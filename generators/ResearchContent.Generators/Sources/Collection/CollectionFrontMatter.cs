using System;
using System.Collections.Generic;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Sources.Collection
{
    /// <summary>
    /// A collection file's front matter, read: its fields by name, each located in the file. The YAML text starts on
    /// the file's second line, so its positions are the file's one line down.
    /// </summary>
    internal sealed class CollectionFrontMatter
    {
        private const int FirstLine = 1;

        private readonly IReadOnlyList<string> _lines;

        /// <param name="root">The front matter's mapping.</param>
        /// <param name="lines">The file's lines, to end a block scalar's span on its last line of text.</param>
        public CollectionFrontMatter(YamlValue root, IReadOnlyList<string> lines)
        {
            Root = root;
            _lines = lines;
        }

        /// <summary>The front matter's mapping, every entry as written.</summary>
        public YamlValue Root { get; }

        /// <summary>The field Jekyll uses for the name (the last, if it is given twice), or <see langword="null"/>.</summary>
        public YamlEntry? Field(string name) => Root.Last(name);

        /// <summary>The field's value as text, or <see langword="null"/> when it is missing, null or blank.</summary>
        public string? Text(string name) => Field(name) is { } entry ? TextOf(entry) : null;

        /// <summary>An entry's value as text (a list's items joined by <c>, </c>), or <see langword="null"/> when blank.</summary>
        public static string? TextOf(YamlEntry entry)
        {
            var text = entry.Value.JoinedText();
            return string.IsNullOrWhiteSpace(text) ? null : text!.Trim();
        }

        /// <summary>Each name once, at its first place, with the entry Jekyll uses: the order and values of a Ruby hash.</summary>
        public IEnumerable<YamlEntry> DistinctFields() => Root.DistinctEntries();

        /// <summary>Every entry whose name an earlier entry already gave, with that earlier entry's 0-based file line.</summary>
        public IEnumerable<(YamlEntry Entry, int EarlierLine)> Repeated()
        {
            var first = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var entry in Root.Entries)
            {
                if (first.TryGetValue(entry.Name, out var line))
                {
                    yield return (entry, line);
                }
                else
                {
                    first[entry.Name] = entry.Line + FirstLine;
                }
            }
        }

        /// <summary>Where an entry's name is written.</summary>
        public RelativeSpan NameSpan(YamlEntry entry) =>
            new(entry.Line + FirstLine, entry.Column, entry.Line + FirstLine, entry.Column + entry.Name.Length);

        /// <summary>
        /// Where an entry's value is written, quotes included. A block scalar (<c>&gt;</c> or <c>|</c>) ends where its
        /// last line of text does, not at the start of the next field, where YAML's own mark is.
        /// </summary>
        public RelativeSpan ValueSpan(YamlEntry entry)
        {
            var value = entry.Value;
            var startLine = value.StartLine + FirstLine;
            var endLine = value.EndLine + FirstLine;
            var endColumn = value.EndColumn;
            while (endLine > startLine && (endColumn == 0 || IsBlank(endLine)))
            {
                endLine--;
                endColumn = LineLength(endLine);
            }

            if (value.IsNull && value.Kind == YamlValueKind.Scalar)
            {
                // "date:" with nothing after it: the name is what is written.
                return NameSpan(entry);
            }

            return new RelativeSpan(startLine, value.StartColumn, endLine, endColumn);
        }

        private bool IsBlank(int line) => line >= _lines.Count || _lines[line].Trim().Length == 0;

        private int LineLength(int line) => line < _lines.Count ? _lines[line].TrimEnd().Length : 0;
    }
}
