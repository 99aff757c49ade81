using System;
using System.Collections.Generic;

namespace ResearchContent.Generators.Sources.BibTeX
{
    /// <summary>One bibliographic entry as the grammar reads it: its type, key and fields, before any field is interpreted.</summary>
    internal sealed class BibTeXEntry
    {
        private readonly List<BibTeXField> _fields = new();
        private readonly Dictionary<string, BibTeXField> _fieldsByName = new(StringComparer.Ordinal);

        /// <summary>An entry of the lower-case <paramref name="type"/> whose <c>@</c> is at <paramref name="start"/>.</summary>
        public BibTeXEntry(string type, int start)
        {
            Type = type;
            Start = start;
            HeadEnd = start;
        }

        /// <summary>The entry type, lower-case: <c>article</c>, <c>inproceedings</c>.</summary>
        public string Type { get; }

        /// <summary>The offset of the entry's <c>@</c>.</summary>
        public int Start { get; }

        /// <summary>The offset just after the key (or after the opening delimiter when there is no key): <c>@article{key</c> is the entry's head.</summary>
        public int HeadEnd { get; set; }

        /// <summary>The citation key as written, or empty.</summary>
        public string Key { get; set; } = string.Empty;

        /// <summary>The offset of the key, or of where it should be.</summary>
        public int KeyStart { get; set; }

        /// <summary>The fields in the order written; a repeated field keeps its first value only.</summary>
        public IReadOnlyList<BibTeXField> Fields => _fields;

        /// <summary>Whether an error was reported for the entry, which leaves it out of the catalog.</summary>
        public bool HasError { get; set; }

        /// <summary>The entry as messages name it: its key, or <c>@type</c> when it has none.</summary>
        public string DisplayName => Key.Length > 0 ? Key : "@" + Type;

        /// <summary>The field of the given lower-case name, or <see langword="null"/>.</summary>
        public BibTeXField? Field(string name) => _fieldsByName.TryGetValue(name, out var field) ? field : null;

        /// <summary>Adds the field, unless one of its name is there: then returns that first one, which is kept.</summary>
        public BibTeXField? Add(BibTeXField field)
        {
            if (_fieldsByName.TryGetValue(field.Name, out var first))
            {
                return first;
            }

            _fieldsByName.Add(field.Name, field);
            _fields.Add(field);
            return null;
        }
    }
}
