using System.Text.RegularExpressions;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// A whole book whose title the publisher closes with its edition, as Elsevier prints it: <c>Authors, Remote Sensing of Soil
    /// Moisture: Principles, Retrieval Algorithms and Applications (Second Edition), Elsevier, 2024, ISBN …</c>. A comma inside the
    /// title splits it as if a journal followed; a journal has no edition, and a chapter of the book would print its pages.
    /// </summary>
    internal static class EditionBook
    {
        private static readonly Regex SpelledEdition = CitationRegex.Create(
            @"\((?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|\d+(?:st|nd|rd|th))\s+Edition\)$");

        /// <summary>The title and what was split off after its comma joined again, with no container, when that part ends in the edition.</summary>
        public static (string? Title, string? Container) Joined(string? title, string? container, bool hasPublisher, SourceDetails details)
        {
            if (!hasPublisher || title is null || container is null || details.Volume is not null || details.Issue is not null
                || details.Pages is not null || details.ArticleNumber is not null || !SpelledEdition.IsMatch(container.TrimEnd('.', ' ')))
            {
                return (title, container);
            }

            // Read with the page's title the split falls after the whole title, before the edition alone: no comma to restore.
            var edition = container.TrimStart();
            return (title + (edition.StartsWith("(", System.StringComparison.Ordinal) ? " " : ", ") + edition, null);
        }
    }
}
