using System;
using System.Collections.Generic;
using System.Linq;
using ResearchContent.Fuzz.Checking;
using ResearchContent.Fuzz.Inputs;

namespace ResearchContent.Fuzz.Minimizing
{
    /// <summary>
    /// Shrinks a failing input while the same invariant still fails: first whole files, then each file's line ranges,
    /// then its characters (or bytes, for a file held as bytes, so that invalid UTF-8 survives).
    /// </summary>
    internal sealed class InputMinimizer
    {
        private readonly InvariantChecker _checker;

        public InputMinimizer(InvariantChecker checker) => _checker = checker;

        public FuzzInput Minimize(FuzzInput input, Invariant invariant, int shuffleSeed, int tries, TimeSpan time)
        {
            var minimizer = new DeltaMinimizer(tries, time);
            bool Fails(IReadOnlyList<FuzzFile> files) => files.Count > 0 && _checker.Breaks(input.WithFiles(files), invariant, shuffleSeed);

            var files = input.Files.ToArray();
            if (files.Length > 1)
            {
                files = minimizer.Minimize(files, f => Fails(f));
            }

            for (var i = 0; i < files.Length && !minimizer.Exhausted; i++)
            {
                var index = i;
                FuzzFile[] With(FuzzFile file) => files.Select((f, j) => j == index ? file : f).ToArray();
                var file = files[index];
                if (file.Text is { } text)
                {
                    var lines = minimizer.Minimize(SplitLines(text), l => Fails(With(FuzzFile.FromText(file.Path, string.Concat(l)))));
                    var chars = minimizer.Minimize(string.Concat(lines).ToCharArray(), c => Fails(With(FuzzFile.FromText(file.Path, new string(c)))));
                    files[index] = FuzzFile.FromText(file.Path, new string(chars));
                }
                else
                {
                    var lines = minimizer.Minimize(SplitLines(file.Bytes!), l => Fails(With(FuzzFile.FromBytes(file.Path, l.SelectMany(b => b).ToArray()))));
                    var bytes = minimizer.Minimize(lines.SelectMany(b => b).ToArray(), b => Fails(With(FuzzFile.FromBytes(file.Path, b))));
                    files[index] = FuzzFile.FromBytes(file.Path, bytes);
                }
            }

            var minimized = input.WithFiles(files);
            // A minimization cut short may have stopped on a candidate that failed only once (a timeout): keep the original then.
            return Fails(minimized.Files) ? minimized : input;
        }

        private static string[] SplitLines(string text)
        {
            var lines = new List<string>();
            var start = 0;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n')
                {
                    lines.Add(text.Substring(start, i + 1 - start));
                    start = i + 1;
                }
            }

            lines.Add(text.Substring(start));
            return lines.ToArray();
        }

        private static byte[][] SplitLines(byte[] bytes)
        {
            var lines = new List<byte[]>();
            var start = 0;
            for (var i = 0; i < bytes.Length; i++)
            {
                if (bytes[i] == (byte)'\n')
                {
                    lines.Add(bytes[start..(i + 1)]);
                    start = i + 1;
                }
            }

            lines.Add(bytes[start..]);
            return lines.ToArray();
        }
    }
}
