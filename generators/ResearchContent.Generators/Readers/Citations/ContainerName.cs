using System;
using System.Text.RegularExpressions;

namespace ResearchContent.Generators.Readers.Citations
{
    /// <summary>The journal, proceedings or book a work appeared in, as printed, without what styles put around it.</summary>
    internal static class ContainerName
    {
        private static readonly Regex LeadingIn = CitationRegex.Create(@"^(?:in|In|IN)\s*:?\s+");

        private static readonly Regex ConferenceWord = CitationRegex.Create(@"Symposium|Conference|Congress|Proceedings|Meeting|Workshop|Colloquium", RegexOptions.IgnoreCase);

        public static string? Clean(string text)
        {
            var container = CitationText.CleanContainer(LeadingIn.Replace(text.Trim(), string.Empty));
            return container.Length == 0 ? null : container;
        }

        /// <summary>A proceedings' name without the place IEEE prints after it: <c>…Symposium, Kuala Lumpur, Malaysia</c>.</summary>
        public static string WithoutPlace(string container)
        {
            var segments = container.Split(new[] { ", " }, StringSplitOptions.None);
            for (var i = segments.Length - 1; i >= 0; i--)
            {
                if (ConferenceWord.IsMatch(segments[i]) || i == 0)
                {
                    return string.Join(", ", segments, 0, i + 1);
                }
            }

            return container;
        }
    }
}
