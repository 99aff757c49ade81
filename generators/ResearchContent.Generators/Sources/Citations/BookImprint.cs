using System;
using System.Collections.Generic;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// A book's imprint where the title/journal split leaves it: MLA's chapter prints its book, volume and publisher as
    /// sentences (<c>Book. Vol. 2. Elsevier</c>), ACS and MDPI close a book's title with a semicolon before the imprint.
    /// </summary>
    internal static class BookImprint
    {
        /// <summary>The book before a publisher printed as the last sentence of a container, volumes dropped; else <see langword="null"/>.</summary>
        public static string? BookBefore(string container)
        {
            var parts = new List<string>(Sentences.Split(container));
            if (parts.Count < 2 || !PublisherSegment.IsPublisher(parts[parts.Count - 1].TrimEnd(',', ' ')))
            {
                return null;
            }

            parts.RemoveAt(parts.Count - 1);
            while (parts.Count > 1 && parts[parts.Count - 1].StartsWith("Vol. ", StringComparison.Ordinal))
            {
                parts.RemoveAt(parts.Count - 1);
            }

            return string.Join(". ", parts).Trim();
        }

        /// <summary>Whether a semicolon follows the text before the publisher: ACS's and MDPI's "Title, Subtitle; Wiley-VCH: Weinheim, 2015".</summary>
        public static bool AfterSemicolon(string body, string withoutPublisher) =>
            body.Length > withoutPublisher.Length && body.StartsWith(withoutPublisher, StringComparison.Ordinal)
            && body.Substring(withoutPublisher.Length).TrimStart().StartsWith(";", StringComparison.Ordinal);
    }
}
