using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace ResearchContent.Citations.Tests
{
    /// <summary>
    /// A small, strict RIS reader, as reference managers read the format: <c>XX  - value</c> lines, a record from
    /// <c>TY</c> to <c>ER</c>, CRLF line endings. Anything else is an error rather than skipped.
    /// </summary>
    internal static class RisReader
    {
        private static readonly Regex Line = new(@"^(?<tag>[A-Z][A-Z0-9])  - (?<value>.*)$", RegexOptions.CultureInvariant);

        public static List<List<(string Tag, string Value)>> Read(string text)
        {
            if (text.Replace("\r\n", string.Empty).IndexOfAny(new[] { '\r', '\n' }) >= 0)
            {
                throw new FormatException("RIS lines must end in CRLF.");
            }

            var records = new List<List<(string Tag, string Value)>>();
            List<(string Tag, string Value)>? current = null;
            var lines = text.Split("\r\n");
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i];
                if (line.Length == 0)
                {
                    continue;
                }

                var match = Line.Match(line);
                if (!match.Success)
                {
                    throw new FormatException($"line {i + 1} is not a RIS tag line: {line}");
                }

                var tag = match.Groups["tag"].Value;
                var value = match.Groups["value"].Value;
                if (tag == "TY")
                {
                    if (current is not null)
                    {
                        throw new FormatException($"line {i + 1}: TY inside a record");
                    }

                    current = new List<(string, string)>();
                }
                else if (current is null)
                {
                    throw new FormatException($"line {i + 1}: {tag} outside a record");
                }

                if (tag == "ER")
                {
                    if (value.Length != 0)
                    {
                        throw new FormatException($"line {i + 1}: ER carries a value");
                    }

                    records.Add(current);
                    current = null;
                    continue;
                }

                current.Add((tag, value));
            }

            if (current is not null)
            {
                throw new FormatException("the last record has no ER");
            }

            return records;
        }
    }
}
