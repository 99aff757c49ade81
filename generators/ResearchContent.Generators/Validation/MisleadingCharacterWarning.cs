using System.Collections.Generic;
using System.Globalization;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Validation
{
    /// <summary>
    /// RC2011 at every run of invisible or direction-changing characters (<see cref="MisleadingCharacters"/>), in any
    /// source: content is reviewed as rendered text or as a diff, and neither shows them, while the catalog compares,
    /// derives keys from and prints exactly what they change.
    /// </summary>
    internal static class MisleadingCharacterWarning
    {
        /// <summary>The warning's arguments: the part of the source, the character, and its hexadecimal code for the fix.</summary>
        public static string[] Arguments(string part, int codePoint) => new[]
        {
            part,
            MisleadingCharacters.Describe(codePoint),
            codePoint.ToString("X4", CultureInfo.InvariantCulture),
        };

        /// <summary>
        /// Warns at each run in a collection or BibTeX file's text, naming the field it stands in.
        /// </summary>
        /// <param name="text">The file's text.</param>
        /// <param name="fields">Where the file's publications state their fields.</param>
        /// <param name="report">Adds the warning at a span of the text (offset and length), with its arguments.</param>
        public static void CheckFile(string text, IEnumerable<FieldLocation> fields, System.Action<int, int, string[]> report)
        {
            // A leading byte-order mark marks the encoding; it is no part of the text.
            var found = MisleadingCharacters.Find(text, ByteOrderMark.Leads(text) ? 1 : 0, MisleadingCharacters.ReportedPerSource);
            if (found.Count == 0)
            {
                return;
            }

            var map = LineMap.Of(text);
            foreach (var (offset, length, codePoint) in found)
            {
                var span = map.Span(offset, length);
                var part = "file";
                foreach (var field in fields)
                {
                    if (field.Span.Contains(span))
                    {
                        part = "'" + field.Field + "' field";
                        break;
                    }
                }

                report(offset, length, Arguments(part, codePoint));
            }
        }
    }
}
