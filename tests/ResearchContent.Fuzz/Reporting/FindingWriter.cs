using System;
using System.IO;
using System.Linq;
using System.Text;
using ResearchContent.Fuzz.Inputs;

namespace ResearchContent.Fuzz.Reporting
{
    /// <summary>
    /// Writes a finding to its own folder: finding.txt (the invariant, the message, how to reproduce), the original and
    /// the minimized files as they were handed to the generator, and the minimized files as C# literals for a test.
    /// </summary>
    internal static class FindingWriter
    {
        public static string Write(string outDirectory, Finding finding, string reproduce)
        {
            var folder = Path.Combine(outDirectory, $"{finding.Violation.Invariant}-{finding.Input.Kind}-{finding.Index}".ToLowerInvariant());
            Directory.CreateDirectory(folder);
            var minimized = finding.Minimized ?? finding.Input;
            var report = new StringBuilder()
                .AppendLine("Invariant: " + finding.Violation.Invariant)
                .AppendLine("Message: " + finding.Violation.Message)
                .AppendLine("Input: " + finding.Input.Name)
                .AppendLine($"Size: {finding.Input.Length} characters or bytes, minimized to {minimized.Length}")
                .AppendLine("Reproduce: " + reproduce)
                .ToString();
            File.WriteAllText(Path.Combine(folder, "finding.txt"), report);
            WriteFiles(Path.Combine(folder, "original"), finding.Input);
            WriteFiles(Path.Combine(folder, "minimized"), minimized);
            File.WriteAllText(
                Path.Combine(folder, "minimized.cs.txt"),
                string.Join(Environment.NewLine, minimized.Files.Select(f => $"({CSharpStringLiteral.Of(f.Path)}, {CSharpStringLiteral.Of(f.Decoded())}),")));
            return folder;
        }

        private static void WriteFiles(string folder, FuzzInput input)
        {
            foreach (var file in input.Files)
            {
                var path = Path.Combine(folder, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                // A string with lone surrogates cannot be UTF-8: they become U+FFFD here; minimized.cs.txt keeps them.
                File.WriteAllBytes(path, file.Bytes ?? Encoding.UTF8.GetBytes(file.Text!));
            }
        }
    }
}
