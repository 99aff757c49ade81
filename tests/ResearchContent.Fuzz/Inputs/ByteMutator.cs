using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ResearchContent.Fuzz.Inputs
{
    /// <summary>
    /// Mutations of a file's bytes: flips, insertions (bytes and tokens the formats care about), deletions, duplicated
    /// and swapped line ranges, truncation, and splices of two files. Deterministic for a given <see cref="Random"/>.
    /// </summary>
    internal static class ByteMutator
    {
        private static readonly byte[][] Tokens = new[]
        {
            "---", "\n---\n", "----------", "<b>", "</b>", "<div style=\"text-align: center;\">", "</div>", "<br>", "<a href=\"", "\">",
            "</a>", "<img src=\"", "<!-- key: ", " -->", "&amp;", "&#", "\"", "'", "{", "}", "@article{", "@string{", "@comment{", " # ",
            "title: ", "collection: publications", "\n", "\r", "\r\n", "\t", "%", "\\", "$", "2021-#", "https://doi.org/10.", "&a ", "*a",
            "[", "]", ":", "\u0000", "\uFEFF", "\u2028", "é", "地震", "🌋", "\u202E",
        }.Select(Encoding.UTF8.GetBytes).ToArray();

        private static readonly byte[][] OddBytes =
        {
            new byte[] { 0xFF }, new byte[] { 0xC3 }, new byte[] { 0xE2, 0x82 }, new byte[] { 0xED, 0xA0, 0x80 }, new byte[] { 0xC0, 0xAF },
            new byte[] { 0xF4, 0x90, 0x80, 0x80 }, new byte[] { 0xEF, 0xBB, 0xBF }, new byte[] { 0xFE, 0xFF }, new byte[] { 0x80 },
        };

        public static byte[] Mutate(byte[] bytes, byte[] other, Random random, List<string> steps)
        {
            var data = new List<byte>(bytes);
            var count = 1 + random.Next(random.Next(2) == 0 ? 3 : 12);
            for (var i = 0; i < count; i++)
            {
                var operation = random.Next(10);
                steps.Add(Apply(operation, data, other, random));
            }

            return data.ToArray();
        }

        private static string Apply(int operation, List<byte> data, byte[] other, Random random)
        {
            var at = random.Next(data.Count + 1);
            switch (operation)
            {
                case 0 when data.Count > 0:
                    at = Math.Min(at, data.Count - 1);
                    data[at] ^= (byte)(1 << random.Next(8));
                    return "flip@" + at;
                case 1:
                    var token = Tokens[random.Next(Tokens.Length)];
                    data.InsertRange(at, token);
                    return "token@" + at;
                case 2:
                    data.InsertRange(at, OddBytes[random.Next(OddBytes.Length)]);
                    return "bytes@" + at;
                case 3 when data.Count > 0:
                    var length = Math.Min(data.Count - Math.Min(at, data.Count - 1), 1 + random.Next(random.Next(2) == 0 ? 8 : 512));
                    data.RemoveRange(Math.Min(at, data.Count - 1), length);
                    return "delete@" + at;
                case 4 or 5:
                    return LineRanges(data, random, duplicate: operation == 4);
                case 6 when random.Next(4) == 0:
                    data.RemoveRange(at, data.Count - at);
                    return "truncate@" + at;
                case 7 when other.Length > 0:
                    // A splice: this file up to a point, then another file from a point.
                    var from = random.Next(other.Length);
                    data.RemoveRange(at, data.Count - at);
                    data.AddRange(other.Skip(from));
                    return "splice@" + at;
                case 8:
                    var repeated = Tokens[random.Next(Tokens.Length)];
                    var times = 1 + random.Next(200);
                    data.InsertRange(at, Enumerable.Repeat(repeated, times).SelectMany(t => t));
                    return "repeat@" + at + "x" + times;
                default:
                    if (data.Count > 0)
                    {
                        data[Math.Min(at, data.Count - 1)] = (byte)random.Next(256);
                    }

                    return "byte@" + at;
            }
        }

        /// <summary>Duplicates a range of lines after itself, or swaps two ranges.</summary>
        private static string LineRanges(List<byte> data, Random random, bool duplicate)
        {
            var starts = new List<int> { 0 };
            for (var i = 0; i < data.Count; i++)
            {
                if (data[i] == (byte)'\n')
                {
                    starts.Add(i + 1);
                }
            }

            starts.Add(data.Count);
            var a = random.Next(starts.Count - 1);
            var b = Math.Min(starts.Count - 1, a + 1 + random.Next(6));
            var range = data.GetRange(starts[a], starts[b] - starts[a]);
            if (duplicate)
            {
                data.InsertRange(starts[b], range);
                return $"duplicate lines {a}-{b}";
            }

            var c = random.Next(starts.Count - 1);
            var d = Math.Min(starts.Count - 1, c + 1 + random.Next(6));
            if (d <= a || c >= b)
            {
                var (first, second) = c >= b ? ((a, b), (c, d)) : ((c, d), (a, b));
                var x = data.GetRange(starts[first.Item1], starts[first.Item2] - starts[first.Item1]);
                var y = data.GetRange(starts[second.Item1], starts[second.Item2] - starts[second.Item1]);
                data.RemoveRange(starts[second.Item1], y.Count);
                data.InsertRange(starts[second.Item1], x);
                data.RemoveRange(starts[first.Item1], x.Count);
                data.InsertRange(starts[first.Item1], y);
                return $"swap lines {first}-{second}";
            }

            return "no swap";
        }
    }
}
