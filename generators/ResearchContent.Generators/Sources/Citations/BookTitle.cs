using System;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// A whole book's title, once the text after it was split as if a journal followed: "Himalayan Glaciers: Climate, Hazards
    /// and Society. Springer, Cham." read as title "Himalayan Glaciers: Climate" and journal "Hazards and Society". A book
    /// has no journal, so what was split off after a comma is the title's own; after a full stop it is a series, no field.
    /// </summary>
    internal static class BookTitle
    {
        public static string Whole(string title, string? container, string head)
        {
            if (container is null)
            {
                return title;
            }

            var whole = title + ", " + container;
            return head.Trim().TrimEnd('.', ',', ' ').Equals(whole, StringComparison.Ordinal) ? whole : title;
        }
    }
}
