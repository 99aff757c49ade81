using System;
using System.Collections.Generic;

namespace ResearchContent.Generators.Sources.BibTeX
{
    /// <summary>
    /// The <c>@string</c> macros defined so far in a file, by name ignoring case, as BibTeX compares them. A macro's
    /// text is expanded when it is defined, so a macro that names itself (<c>@string{a = a # "x"}</c>) reads the
    /// earlier definition, or none: no definition can refer forward, and expansion can never loop.
    /// </summary>
    internal sealed class MacroTable
    {
        // The month macros every BibTeX style defines. Styles expand them to month names; biber, and so biblatex and
        // this reader, to the month's number, which the date reader turns into a date.
        private static readonly string[] Months = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" };

        private readonly Dictionary<string, BibTeXValue> _macros = new(StringComparer.OrdinalIgnoreCase);

        // Macros whose own definition expanded too far: any value that uses one expands too far as well.
        private readonly HashSet<string> _truncated = new(StringComparer.OrdinalIgnoreCase);

        /// <summary>The text of a macro, or <see langword="null"/> when it is not defined.</summary>
        /// <param name="name">The macro's name.</param>
        /// <param name="referenceStart">Where the macro is used: a month macro's text is placed there.</param>
        public BibTeXValue? Find(string name, int referenceStart)
        {
            if (_macros.TryGetValue(name, out var value))
            {
                return value;
            }

            var month = Array.IndexOf(Months, name.ToLowerInvariant());
            if (month < 0)
            {
                return null;
            }

            var number = (month + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return new BibTeXValue(number, referenceStart, referenceStart + name.Length, new[] { new TextSegment(0, referenceStart, number.Length) });
        }

        /// <summary>Whether the macro's definition was cut short because its macros expanded too far.</summary>
        public bool IsTruncated(string name) => _truncated.Contains(name);

        /// <summary>Defines or redefines a macro; BibTeX lets a later <c>@string</c> replace an earlier one.</summary>
        /// <param name="name">The macro's name.</param>
        /// <param name="value">Its text.</param>
        /// <param name="truncated">Whether the text was cut short because its macros expanded too far.</param>
        public void Define(string name, BibTeXValue value, bool truncated)
        {
            _macros[name] = value;
            if (truncated)
            {
                _truncated.Add(name);
            }
            else
            {
                _truncated.Remove(name);
            }
        }
    }
}
