using System;

namespace ResearchContent.Generators.Sources
{
    /// <summary>
    /// Markdig refuses Markdown nested past its depth limit with an ArgumentException ("Markdown elements in the input
    /// are too deeply nested") rather than parse it by deep recursion: that is the content's fault, not the
    /// generator's, and is reported as such (found by fuzzing: it was RC0002).
    /// </summary>
    internal static class MarkdownDepthLimit
    {
        public static bool Refused(Exception exception) =>
            exception is ArgumentException
            && exception.TargetSite?.DeclaringType?.Assembly == typeof(Markdig.Markdown).Assembly
            && exception.Message.IndexOf("too deeply nested", StringComparison.Ordinal) >= 0;
    }
}
