using System.Collections.Generic;
using System.Linq;

namespace ResearchContent.Generators.Sources.Collection
{
    /// <summary>
    /// A value of a YAML document as Jekyll reads it: text, a list or a mapping, with its 0-based start and end in
    /// the YAML text. A mapping keeps every entry as written, a name given twice included, so that the reader can
    /// both use the value Jekyll uses (the last) and say that the name was given twice.
    /// </summary>
    /// <remarks>Transient: it lives while one file is read and never enters the cached pipeline.</remarks>
    internal sealed class YamlValue
    {
        private static readonly YamlEntry[] NoEntries = new YamlEntry[0];
        private static readonly YamlValue[] NoItems = new YamlValue[0];

        private YamlValue(YamlValueKind kind, string text, bool isPlain, IReadOnlyList<YamlValue> items, IReadOnlyList<YamlEntry> entries, YamlMarks marks)
        {
            Kind = kind;
            Text = text;
            IsPlain = isPlain;
            Items = items;
            Entries = entries;
            StartLine = marks.StartLine;
            StartColumn = marks.StartColumn;
            EndLine = marks.EndLine;
            EndColumn = marks.EndColumn;
            // Saturating: a value made of aliases can stand for more values than a long counts.
            Expanded = System.Math.Min(1L + items.Sum(i => i.Expanded) + entries.Sum(e => e.Value.Expanded), long.MaxValue / 16);
        }

        /// <summary>How many values this one stands for with every alias in it expanded: what reading it as text costs.</summary>
        public long Expanded { get; }

        /// <summary>Text, a list or a mapping.</summary>
        public YamlValueKind Kind { get; }

        /// <summary>A scalar's text as YAML reads it (quotes removed, folded lines joined); empty for lists and mappings.</summary>
        public string Text { get; }

        /// <summary>Whether a scalar is written as it is, without quotes or a block indicator: only such a scalar is YAML's null or a boolean.</summary>
        public bool IsPlain { get; }

        /// <summary>Whether the value is YAML's null: nothing after the colon, <c>~</c> or <c>null</c>, unquoted.</summary>
        public bool IsNull => Kind == YamlValueKind.Scalar && IsPlain && Text is "" or "~" or "null" or "Null" or "NULL";

        /// <summary>Whether the value is YAML 1.1's false, as Ruby's Psych reads it: <c>false</c>, <c>no</c> or <c>off</c>, unquoted, in any of their cases.</summary>
        public bool IsFalse => Kind == YamlValueKind.Scalar && IsPlain && Text is "false" or "False" or "FALSE" or "no" or "No" or "NO" or "off" or "Off" or "OFF";

        /// <summary>A list's items, in order; empty for text and mappings.</summary>
        public IReadOnlyList<YamlValue> Items { get; }

        /// <summary>A mapping's entries as written, a name given twice included; empty for text and lists.</summary>
        public IReadOnlyList<YamlEntry> Entries { get; }

        /// <summary>The 0-based line of the value's first character (a quote or a block indicator included).</summary>
        public int StartLine { get; }

        /// <summary>The 0-based column of the value's first character.</summary>
        public int StartColumn { get; }

        /// <summary>The line of the position just after the value; a block scalar's is the line after its last.</summary>
        public int EndLine { get; }

        /// <summary>The 0-based column just after the value.</summary>
        public int EndColumn { get; }

        /// <summary>Text; <paramref name="isPlain"/> when it is written without quotes or a block indicator.</summary>
        public static YamlValue Scalar(string text, bool isPlain, YamlMarks marks) =>
            new(YamlValueKind.Scalar, text, isPlain, NoItems, NoEntries, marks);

        /// <summary>A list of values.</summary>
        public static YamlValue Sequence(IReadOnlyList<YamlValue> items, YamlMarks marks) =>
            new(YamlValueKind.Sequence, string.Empty, false, items, NoEntries, marks);

        /// <summary>A mapping of names to values.</summary>
        public static YamlValue Mapping(IReadOnlyList<YamlEntry> entries, YamlMarks marks) =>
            new(YamlValueKind.Mapping, string.Empty, false, NoItems, entries, marks);

        /// <summary>Each name of a mapping once, at its first place, with the entry Jekyll uses: the order and values of a Ruby hash.</summary>
        public IEnumerable<YamlEntry> DistinctEntries()
        {
            var seen = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var entry in Entries)
            {
                if (seen.Add(entry.Name))
                {
                    yield return Last(entry.Name)!;
                }
            }
        }

        /// <summary>The entry Jekyll uses for a name: the last one, as a Ruby hash keeps the last value of a repeated key.</summary>
        public YamlEntry? Last(string name)
        {
            for (var i = Entries.Count - 1; i >= 0; i--)
            {
                if (Entries[i].Name == name)
                {
                    return Entries[i];
                }
            }

            return null;
        }

        /// <summary>
        /// The value as one line of text: a scalar's text, a list's items joined by <c>, </c>, a mapping's entries as
        /// <c>name: value</c> joined by <c>, </c>; nulls are left out. <see langword="null"/> when nothing is left.
        /// </summary>
        public string? JoinedText()
        {
            switch (Kind)
            {
                case YamlValueKind.Scalar:
                    return IsNull ? null : Text;
                case YamlValueKind.Sequence:
                    var items = Items.Select(item => item.JoinedText()).Where(text => !string.IsNullOrWhiteSpace(text)).ToArray();
                    return items.Length == 0 ? null : string.Join(", ", items);
                default:
                    var entries = Entries.Select(entry => (entry.Name, Text: entry.Value.JoinedText())).Where(entry => entry.Text is not null).ToArray();
                    return entries.Length == 0 ? null : string.Join(", ", entries.Select(entry => entry.Name + ": " + entry.Text));
            }
        }
    }
}
